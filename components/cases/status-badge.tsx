import { useTranslations } from "next-intl";
import type { CaseStatus } from "@/lib/cases/case-status";

const STYLES: Record<CaseStatus, string> = {
  OPEN: "bg-slate-100 text-slate-800",
  IN_PROGRESS: "bg-sky-100 text-sky-900",
  WAITING_FOR_OPERATOR: "bg-amber-100 text-amber-900",
  DONE: "bg-emerald-100 text-emerald-900",
  NEEDS_ACTION: "bg-red-100 text-red-900",
  GIVEN_UP: "bg-slate-200 text-slate-700",
};

export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useTranslations("cases.status");
  return <span className={`inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLES[status]}`}>{t(status)}</span>;
}
