import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/app/account/data/_components/delete-account-form";
import { ExportDataLink } from "@/app/account/data/_components/export-data-link";
import { requireUser } from "@/lib/auth/current-user";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accountData");
  return { title: t("metaTitle") };
}

export default async function AccountDataPage() {
  await requireUser("/account/data");
  const t = await getTranslations("accountData");
  return (
    <RouteMessages route="/account/data">
      <div className="flex flex-col gap-6">
        <div className="flex flex-col gap-1">
          <BackLink href="/account">{t("backToAccount")}</BackLink>
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
        </div>
        <section aria-labelledby="export" className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5">
          <h2 id="export" className="text-lg font-semibold">
            {t("exportHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("exportDescription")}</p>
          <ExportDataLink />
        </section>
        <section aria-labelledby="delete" className="flex flex-col gap-4 rounded-2xl border border-red-200 bg-white p-5">
          <h2 id="delete" className="text-lg font-semibold text-red-800">
            {t("deleteHeading")}
          </h2>
          <p className="text-sm text-slate-700">{t("deleteDescription")}</p>
          <DeleteAccountForm />
        </section>
      </div>
    </RouteMessages>
  );
}
