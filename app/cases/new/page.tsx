import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { getTranslations } from "next-intl/server";
import { NewCaseForm } from "./_components/new-case-form";
import { requireUser } from "@/lib/auth/current-user";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("newMetaTitle") };
}

export default async function NewCasePage() {
  await requireUser("/cases/new");
  const t = await getTranslations("cases");
  return (
    <RouteMessages route="/cases/new">
      <div className="flex flex-col gap-5">
        <div>
          <BackLink href="/cases">{t("backToList")}</BackLink>
          <h1 className="mt-2 text-2xl font-bold tracking-tight">{t("newCase")}</h1>
          <p className="text-slate-700">{t("newIntro")}</p>
        </div>
        <section className="rounded-2xl border border-slate-200 bg-white p-5">
          <NewCaseForm />
        </section>
      </div>
    </RouteMessages>
  );
}
