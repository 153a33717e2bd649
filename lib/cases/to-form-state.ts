import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/http/form-state";
import { CaseNotFoundError, CaseRuleError } from "./errors";

/**
 * How a case action reports a refused request: a rule the user broke becomes
 * the form's message, in the request's language; a case that is not theirs
 * becomes the 404 page; anything else is a real error and propagates.
 */
export async function toFormState(error: unknown): Promise<FormState> {
  if (error instanceof CaseNotFoundError) notFound();
  if (error instanceof CaseRuleError) {
    const t = await getTranslations("errors");
    const key = error.key as never;
    return { errors: { form: t.has(key) ? t(key, error.values as never) : t("generic") } };
  }
  throw error;
}
