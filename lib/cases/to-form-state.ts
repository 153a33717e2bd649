import { notFound } from "next/navigation";
import type { FormState } from "@/lib/http/form-state";
import { CaseNotFoundError, CaseRuleError } from "./errors";

/**
 * How a case action reports a refused request: a rule the user broke becomes
 * the form's message; a case that is not theirs becomes the 404 page; anything
 * else is a real error and propagates.
 */
export function toFormState(error: unknown): FormState {
  if (error instanceof CaseNotFoundError) notFound();
  if (error instanceof CaseRuleError) return { errors: { form: error.message } };
  throw error;
}
