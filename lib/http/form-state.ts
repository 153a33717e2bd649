/** What an auth form's server action returns: messages per field, or one for the whole form. */
export type FormState = {
  errors?: Record<string, string | undefined>;
  /** Echoed back so a failed submit keeps what was typed (never passwords). */
  values?: Record<string, string>;
  success?: string;
};

export const initialFormState: FormState = {};

/** Only same-site paths: "/cases" yes, "//evil.example" or "https://..." no. */
export function safeReturnPath(value: unknown, fallback = "/cases"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
