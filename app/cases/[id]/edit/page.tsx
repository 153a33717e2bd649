import type { Metadata, Route } from "next";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { EditCaseForm } from "./_components/edit-case-form";
import { requireUser } from "@/lib/auth/current-user";
import { isNotFoundError } from "@/lib/http/user-error";
import { getCase } from "@/lib/cases/get-case";
import { formatPhone } from "@/lib/cases/phone-number";
import { operatorName } from "@/lib/cases/operator-name";
import { idSchema } from "@/lib/cases/schemas";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("editMetaTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function EditCasePage({ params }: Props) {
  const parsed = idSchema.safeParse((await params).id);
  if (!parsed.success) notFound();
  const id = parsed.data;
  const user = await requireUser(`/cases/${id}/edit`);
  const t = await getTranslations();
  let detail;
  try {
    detail = await getCase(user.id, id);
  } catch (error) {
    if (isNotFoundError(error)) notFound();
    throw error;
  }
  return (
    <RouteMessages route="/cases/[id]/edit">
      <div className="flex flex-col gap-5">
        <div>
          <BackLink href={`/cases/${detail.id}` as Route}>{t("cases.backToCase")}</BackLink>
          <h1 className="mt-2 text-2xl font-bold tracking-tight">{t("cases.editTitle")}</h1>
          <p className="text-slate-700 wrap-anywhere">
            {t("cases.editIntro", { operator: operatorName(t, detail.operator, detail.providerName) })}
          </p>
        </div>
        <section className="rounded-2xl border border-slate-200 bg-white p-5">
          <EditCaseForm
            current={{
              id: detail.id,
              operator: detail.operator,
              simKind: detail.simKind,
              values: {
                providerName: detail.providerName ?? "",
                cardType: detail.cardType,
                phoneNumber: detail.phoneNumber ? formatPhone(detail.phoneNumber) : "",
                orderNumber: detail.orderNumber ?? "",
                nickname: detail.nickname ?? "",
                leavingOn: detail.leavingOn ? detail.leavingOn.toISOString().slice(0, 10) : "",
                notes: detail.notes ?? "",
              },
            }}
          />
        </section>
      </div>
    </RouteMessages>
  );
}
