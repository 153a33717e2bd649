import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import type { CaseDetail } from "@/lib/cases/get-case";
import { formatPhone } from "@/lib/cases/phone-number";

/** The SIM's details, folded away: they matter when editing, not when acting. */
export async function CaseDetails({ detail, operator, channel }: { detail: CaseDetail; operator: string; channel: string }) {
  const [t, page, format] = await Promise.all([getTranslations("cases"), getTranslations("casePage"), getFormatter()]);
  const row = (label: string, value: string | null) =>
    value ? (
      <>
        <dt className="text-slate-600">{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;
  return (
    <details className="rounded-xl border border-slate-200 bg-white px-3">
      <summary className="min-h-12 cursor-pointer py-3 font-semibold">{page("detailsSummary")}</summary>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 pb-3 text-sm wrap-anywhere">
        {row(t("detail.operator"), t("detail.operatorValue", { operator, channel }))}
        {row(t("detail.number"), detail.phoneNumber ? formatPhone(detail.phoneNumber) : null)}
        {row(t("detail.order"), detail.orderNumber)}
        {row(t("detail.sim"), t("detail.simValue", { simKind: t(`simKinds.${detail.simKind}`), cardType: t(`cardTypes.${detail.cardType}`) }))}
        {row(t("detail.leavingOn"), detail.leavingOn ? format.dateTime(detail.leavingOn, "calendarDate") : null)}
      </dl>
      {detail.notes ? <p className="whitespace-pre-wrap pb-3 text-sm wrap-anywhere">{detail.notes}</p> : null}
      <Link href={`/cases/${detail.id}/edit`} className="mb-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
        {t("detail.editDetails")}
      </Link>
    </details>
  );
}
