import type { CaseStatus } from "./case-status";
import { isClosed } from "./case-status";

/** The date the list sorts "next due" by: the operator's deadline while waiting, else the departure date; none once closed. */
export function nextDueAt(input: { status: CaseStatus; expectedBy: Date | null; leavingOn: Date | null }): Date | null {
  if (isClosed(input.status)) return null;
  if (input.status === "WAITING_FOR_OPERATOR") return input.expectedBy;
  return input.leavingOn;
}
