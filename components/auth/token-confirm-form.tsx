"use client";

import type { Route } from "next";
import { AuthCard } from "@/components/ui/auth-card";
import { PrimaryLink } from "@/components/ui/primary-link";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { type FormState } from "@/lib/http/form-state";

/**
 * Confirms what an emailed link stands for (an address, a change of address)
 * with a button, not on opening the link: mail scanners open links, and
 * opening must change nothing. Once done, the heading says so and the way on
 * is the one button; the card is drawn here, since its heading follows the answer.
 */
export function TokenConfirmForm({
  action,
  token,
  title,
  doneTitle,
  submitLabel,
  pendingLabel,
  intro,
  next,
}: {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  token: string;
  title: string;
  doneTitle: string;
  submitLabel: string;
  pendingLabel: string;
  /** What pressing the button does: said before, not after. */
  intro: string;
  next: { href: Route; label: string };
}) {
  const [state, formAction] = useFormAction(action);
  if (state.success) {
    return (
      <AuthCard title={doneTitle}>
        <FormAlert tone="success">{state.success}</FormAlert>
        <PrimaryLink href={next.href}>{next.label}</PrimaryLink>
      </AuthCard>
    );
  }
  // A used or expired link will not work on a second press: the way on takes the button's place.
  // A press that got no answer may work again, so it keeps its button.
  const refused = Boolean(state.errors?.form) && !state.notSent;
  return (
    <AuthCard title={title}>
      <form action={formAction} className="flex flex-col gap-4">
        {refused ? null : <p className="text-slate-700">{intro}</p>}
        <input type="hidden" name="token" value={token} />
        <FormAlert tone="error">{state.errors?.form}</FormAlert>
        {refused ? (
          <PrimaryLink href={next.href}>{next.label}</PrimaryLink>
        ) : (
          <SubmitButton pendingLabel={pendingLabel}>{submitLabel}</SubmitButton>
        )}
      </form>
    </AuthCard>
  );
}
