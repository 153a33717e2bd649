/** What an auth form's server action returns: messages per field, or one for the whole form. */
export type FormState = {
  errors?: Record<string, string | undefined>;
  /** Echoed back so a failed submit keeps what was typed (never passwords). */
  values?: Record<string, string>;
  success?: string;
  /** The call got no answer (no signal, a 503): unlike a refusal, the same press may work. */
  notSent?: boolean;
};

export const initialFormState: FormState = {};

/**
 * Only same-site paths: "/cases" yes, "//evil.example" or "https://..." no.
 * Control characters are refused too: browsers drop tabs and line breaks from
 * a URL, so "/\t/evil.example" would become "//evil.example".
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (
    typeof value !== "string" ||
    !value.startsWith("/") ||
    value.startsWith("//") ||
    value.startsWith("/\\") ||
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    /[\u0000-\u001f\u007f\\]/.test(value)
  ) {
    return fallback;
  }
  return value;
}
