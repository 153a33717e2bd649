/**
 * A text field of a submitted form; anything else (missing, a file) reads as "".
 * An action's arguments are whatever the request encoded, whatever its
 * signature says: a call without a form (or with a plain object where the form
 * should be) reads as an empty form, and is refused by the schema like one.
 */
export function formText(formData: unknown, name: string): string {
  if (!(formData instanceof FormData)) return "";
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
