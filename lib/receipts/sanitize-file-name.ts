/**
 * A name safe to show and to put in a download header: no directories, no
 * control or quoting characters, not too long; letters of any script stay.
 * `extension` replaces the original one (a HEIC photo is kept as .jpg).
 */
export function sanitizeFileName(original: string, extension: string): string {
  const base = original.split(/[/\\]/).pop() ?? "";
  const stem = base
    .replace(/\.[^.]*$/, "")
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}"'<>:|?*;%`$]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "")
    .slice(0, 80)
    .trim();
  return `${stem || "receipt"}${extension}`;
}
