"use client";

import { type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFormKey } from "@/components/ui/use-form-key";
import { type FormState } from "@/lib/http/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A form bound to one case action, with the case and step ids, showing what the action answered. */
export function CaseActionForm({
  action,
  caseId,
  stepId,
  oncePerSubmission,
  className,
  children,
}: {
  action: Action;
  caseId: string;
  stepId?: string;
  /** The action creates something: a retried try of the same filled form must not create it twice (useFormAction). */
  oncePerSubmission?: boolean;
  className?: string;
  children: ReactNode | ((state: FormState) => ReactNode);
}) {
  const [state, formAction] = useFormAction(action, undefined, { oncePerSubmission });
  const formKey = useFormKey(state);
  return (
    <form key={formKey} action={formAction} className={className} noValidate>
      <input type="hidden" name="caseId" value={caseId} />
      {stepId ? <input type="hidden" name="stepId" value={stepId} /> : null}
      {typeof children === "function" ? children(state) : children}
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
    </form>
  );
}
