import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { isClosed } from "@/lib/cases/case-status";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { operatorName } from "@/lib/cases/operator-name";
import { maskPhone } from "@/lib/cases/phone-number";
import { templateStepText } from "@/lib/cases/step-text";
import { StatusBadge } from "./status-badge";

export function CaseListEntry({ item }: { item: CaseListItem }) {
  const t = useTranslations();
  const format = useFormatter();
  const operator = operatorName(t, item.operator, item.providerName);

  let nextAction: string;
  if (isClosed(item.status)) nextAction = t("cases.item.closed");
  else if (item.status === "WAITING_FOR_OPERATOR" && item.expectedBy) {
    nextAction = t("cases.item.checkBy", { date: format.dateTime(item.expectedBy, "dateTime") });
  } else if (item.status === "NEEDS_ACTION") nextAction = t("cases.item.needsAction");
  else if (item.nextStep) {
    const step = templateStepText(t, item.nextStepKey, item.operator)?.title ?? item.nextStep;
    nextAction = t("cases.item.next", { step });
  } else nextAction = t("cases.item.addSteps");

  const identity = item.phoneNumber
    ? maskPhone(item.phoneNumber)
    : item.orderNumber
      ? t("cases.item.order", { number: item.orderNumber })
      : "";
  const progress = t("cases.item.progress", { done: item.progress.done, total: item.progress.total });
  return (
    <li>
      <Link
        href={`/cases/${item.id}`}
        className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600"
      >
        <span className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-semibold">
            {item.nickname ?? operator}
            <span className="font-normal text-slate-600">
              {" "}
              · {operator} {identity}
            </span>
          </span>
          <StatusBadge status={item.status} />
        </span>
        <span className="text-sm text-slate-800">{nextAction}</span>
        <span className="text-xs text-slate-600">
          {item.leavingOn && !isClosed(item.status)
            ? t("cases.item.leaving", { progress, date: format.dateTime(item.leavingOn, "calendarDate") })
            : progress}
        </span>
      </Link>
    </li>
  );
}
