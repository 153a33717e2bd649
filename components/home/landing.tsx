import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ForgetKeptPages } from "@/components/forget-kept-pages";
import { FormAlert } from "@/components/ui/form-alert";

const OPERATOR_BRANDS = ["Smart", "Metfone", "CooTel", "Seatel"];
const STEP_KEYS = ["case", "proof", "chase"] as const;

export async function Landing({ accountDeleted }: { accountDeleted: boolean }) {
  const t = await getTranslations("landing");
  return (
    <div className="flex flex-col gap-10">
      <ForgetKeptPages />
      {accountDeleted ? <FormAlert tone="success">{t("accountDeleted")}</FormAlert> : null}
      <section className="flex flex-col gap-4 pt-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
        <ul aria-label={t("operators")} className="flex flex-wrap gap-2">
          {[...OPERATOR_BRANDS, t("esimProviders")].map((name) => (
            <li key={name} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
              {name}
            </li>
          ))}
        </ul>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link
            href="/sign-up"
            className="flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 text-base font-semibold text-white hover:bg-brand-800"
          >
            {t("start")}
          </Link>
          <Link
            href="/sign-in"
            className="flex min-h-12 items-center justify-center rounded-lg border border-slate-300 bg-white px-5 text-base font-semibold hover:bg-slate-100"
          >
            {t("haveAccount")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-xl font-bold">
          {t("howItWorks")}
        </h2>
        <ol className="flex flex-col gap-3">
          {STEP_KEYS.map((key, index) => (
            <li key={key} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-semibold">{t("stepNumber", { number: index + 1, title: t(`steps.${key}.title`) })}</p>
              <p className="text-slate-700">{t(`steps.${key}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
