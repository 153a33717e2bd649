"use client";

import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";
import type { ReviewCounting } from "@/lib/time/working-days";
import { changeStatusAction } from "../actions";

/** One tap starts (or restarts) the wait with the case's review period; the full form stays under "Other actions". */
export function WaitNowForm({
  caseId,
  days,
  counting,
  label,
  variant,
}: {
  caseId: string;
  days: number;
  counting: ReviewCounting;
  label: string;
  variant: "primary" | "secondary";
}) {
  return (
    <CaseActionForm action={changeStatusAction} caseId={caseId} className="flex flex-col">
      <input type="hidden" name="action" value="wait" />
      <input type="hidden" name="days" value={days} />
      <input type="hidden" name="counting" value={counting} />
      <Button variant={variant} size="large" className="w-full">
        {label}
      </Button>
    </CaseActionForm>
  );
}
