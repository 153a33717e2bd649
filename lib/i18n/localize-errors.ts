import "server-only";
import { getTranslations } from "next-intl/server";

/** An error key of the "errors" messages, with the values its message needs. */
export type ErrorKey = string | { key: string; values?: Record<string, string | number> };

/**
 * Schemas and domain errors speak in keys of the "errors" messages (zod's
 * `message`, a UserError's key); this turns them into
 * the request's language at the edge, just before a form shows them. An
 * unknown key (zod's own defaults) becomes the generic "check this field"
 * message ("something went wrong" for the whole form), never raw English.
 */
export async function localizeErrors(errors: Record<string, ErrorKey | undefined>): Promise<Record<string, string | undefined>> {
  const t = await getTranslations("errors");
  const out: Record<string, string | undefined> = {};
  for (const [field, error] of Object.entries(errors)) {
    if (error === undefined) continue;
    const { key, values } = typeof error === "string" ? { key: error, values: undefined } : error;
    // Keys come from our own schemas and errors, checked by lib/i18n/hard-coded-strings.test.ts.
    out[field] = t.has(key as never) ? t(key as never, values as never) : t(field === "form" ? "generic" : "invalidValue");
  }
  return out;
}
