"use client";

import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { initialFormState, type FormState } from "@/lib/http/form-state";
import { newSubmissionKey, SUBMISSION_KEY_FIELD } from "./submission-key";

type Action<State> = (previous: State, formData: FormData) => Promise<State>;

const SECRET = /password/i;

/** What was typed, as the server would have echoed it: never a password, nor React's own action fields. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !SECRET.test(name) && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}

/**
 * useActionState for a form whose action may never answer: the signal drops
 * at the shop counter, or the server is down (a 503 while the database is
 * away). Without this the failed call reaches the error page and the form,
 * with everything typed into it, is gone; here the form stays, says it did not
 * go through, and keeps what was typed. Redirects and "not found" pass on.
 * The price: a form bound to a client function cannot post before the page's
 * JavaScript has loaded, as one bound to the server action can (decision 026).
 *
 * `oncePerSubmission`, for a form that creates something: every try of one
 * filled form carries the same key, so that a try whose answer was lost and
 * the next one create one row (decision 031). The key is stamped when the form
 * is sent, never rendered: made in render it would differ from the server's
 * HTML. It stays through refusals and lost answers and is dropped once the
 * action has gone through, when the form empties for the next one.
 */
export function useFormAction<State extends FormState>(
  action: Action<State>,
  initialState: State = initialFormState as State,
  { oncePerSubmission = false }: { oncePerSubmission?: boolean } = {},
) {
  const t = useTranslations("formErrors");
  const submission = useRef<string | null>(null);
  const [state, dispatch, pending] = useActionState<State, FormData>(async (previous, formData) => {
    try {
      const answer = await action(previous, formData);
      if (!answer.errors && submission.current === formData.get(SUBMISSION_KEY_FIELD)) submission.current = null;
      return answer;
    } catch (error) {
      unstable_rethrow(error);
      // A password is never kept (typedValues): the message says it must be typed again.
      const typedPassword = [...formData.entries()].some(([name, value]) => SECRET.test(name) && value !== "");
      return { ...previous, errors: { form: t(typedPassword ? "notSentPassword" : "notSent") }, values: typedValues(formData), success: undefined, notSent: true };
    }
  }, initialState as Awaited<State>);
  useFirstInvalidFieldInView(state);
  // Stamped as the form is sent, not when the queued call runs: a second tap
  // while the first is in flight is the same submission.
  const send = (formData: FormData) => {
    if (oncePerSubmission) formData.set(SUBMISSION_KEY_FIELD, (submission.current ??= newSubmissionKey()));
    dispatch(formData);
  };
  return [state, oncePerSubmission ? send : dispatch, pending] as const;
}

/**
 * A field's error shows beside the field, which on a phone may be a screen
 * above the button just pressed: the first field refused is focused, so it
 * comes into view and a screen reader reads it with its error. A message for
 * the whole form brings itself into view instead (FormAlert).
 */
function useFirstInvalidFieldInView(state: FormState) {
  useEffect(() => {
    const fields = Object.entries(state.errors ?? {}).filter(([name, error]) => name !== "form" && error);
    if (fields.length === 0 || state.errors?.form) return;
    const selector = fields.map(([name]) => `[name="${CSS.escape(name)}"][aria-invalid="true"]`).join(",");
    const first = document.querySelector<HTMLElement>(selector);
    first?.focus({ preventScroll: true });
    first?.scrollIntoView({ block: "center" });
  }, [state]);
}
