import "server-only";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { fieldErrors } from "@/lib/http/field-errors";

/**
 * Schemas and domain errors speak in keys of the "errors" messages (zod's
 * `message`, CaseRuleError's key); this turns them into the request's language
 * at the edge, just before a form shows them. An unknown key (zod's own
 * defaults) becomes the generic "check this field" message, never raw English.
 */
export async function localizeErrors(
  errors: Record<string, string | undefined>,
): Promise<Record<string, string | undefined>> {
  const t = await getTranslations("errors");
  const out: Record<string, string | undefined> = {};
  for (const [field, key] of Object.entries(errors)) {
    if (key === undefined) continue;
    out[field] = t.has(key as never) ? t(key as never) : t("invalidValue");
  }
  return out;
}

/** The first error of each field, in the request's language. */
export async function localizedFieldErrors<T>(error: z.ZodError<T>): Promise<Record<string, string | undefined>> {
  return localizeErrors(fieldErrors(error));
}
