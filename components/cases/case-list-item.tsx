import Link from "next/link";
import { isClosed } from "@/lib/cases/case-status";
import type { CaseListItem } from "@/lib/cases/list-cases";
import { maskPhone } from "@/lib/cases/phone-number";
import { operatorLabel } from "@/lib/cases/procedure-templates";
import { formatCalendarDate, formatDateTime } from "@/lib/time/zoned-time";
import { StatusBadge } from "./status-badge";

function nextAction(item: CaseListItem, timeZone: string): string {
  if (isClosed(item.status)) return "Closed";
  if (item.status === "WAITING_FOR_OPERATOR" && item.expectedBy) {
    return `Check for the answer by ${formatDateTime(item.expectedBy, timeZone)}`;
  }
  if (item.status === "NEEDS_ACTION") return "Needs your action";
  return item.nextStep ? `Next: ${item.nextStep}` : "Add your steps";
}

export function CaseListEntry({ item, timeZone }: { item: CaseListItem; timeZone: string }) {
  const identity = item.phoneNumber ? maskPhone(item.phoneNumber) : item.orderNumber ? `Order ${item.orderNumber}` : "";
  return (
    <li>
      <Link
        href={`/cases/${item.id}`}
        className="flex flex-col gap-1 rounded-xl border border-slate-200 bg-white p-4 hover:border-brand-600"
      >
        <span className="flex flex-wrap items-center justify-between gap-2">
          <span className="font-semibold">
            {item.nickname ?? operatorLabel(item.operator, item.providerName)}
            <span className="font-normal text-slate-600">
              {" "}
              · {operatorLabel(item.operator, item.providerName)} {identity}
            </span>
          </span>
          <StatusBadge status={item.status} />
        </span>
        <span className="text-sm text-slate-800">{nextAction(item, timeZone)}</span>
        <span className="text-xs text-slate-600">
          {item.progress.done}/{item.progress.total} steps
          {item.leavingOn && !isClosed(item.status) ? ` · leaving ${formatCalendarDate(item.leavingOn)}` : ""}
        </span>
      </Link>
    </li>
  );
}
