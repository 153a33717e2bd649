import type { Route } from "next";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useFormatter } from "@/i18n/use-formatter";
import type { ReactNode } from "react";
import type { CaseStatus } from "@/lib/cases/case-status";
import { progressStage } from "@/lib/cases/case-view";
import { caseTitle, type TitledCase } from "@/lib/cases/case-title";
import { ProgressTracker } from "./progress-tracker";
import { StatusBadge } from "./status-badge";

export type CaseRowItem = TitledCase & {
  id: string;
  status: CaseStatus;
  expectedBy: Date | null;
  noProofConfirmed: boolean;
  handedOver: boolean;
};

/** One case in a list (My cases, the dashboard): its name, status, what comes next, and the shared progress tracker. */
export function CaseRow({ item, detail }: { item: CaseRowItem; detail: ReactNode }) {
  const t = useTranslations();
  const format = useFormatter();
  const title = caseTitle(t, item);
  // A nickname hides which SIM it is: the operator and digits follow it.
  const identity = item.nickname ? caseTitle(t, { ...item, nickname: null }) : null;
  const stage = progressStage({ status: item.status, handedOver: item.handedOver });
  return (
    <li>
      <Link
        href={`/cases/${item.id}` as Route}
        className="flex min-h-11 flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600"
      >
        <span className="flex flex-wrap items-center justify-between gap-2">
          {/* Nickname and provider are as typed, perhaps one long word: they wrap within the row. */}
          <span className="font-semibold wrap-anywhere">
            {title}
            {identity ? <span className="font-normal text-slate-600"> · {identity}</span> : null}
          </span>
          <StatusBadge status={item.status} />
        </span>
        {detail ? <span className="text-sm text-slate-800 wrap-anywhere">{detail}</span> : null}
        <ProgressTracker compact stage={stage} noProof={item.noProofConfirmed} due={item.expectedBy ? format.dateTime(item.expectedBy, "weekdayDate") : null} />
      </Link>
    </li>
  );
}
