import { readFileSync } from "node:fs";
import path from "node:path";
import type { Messages } from "@/lib/i18n/messages";

// The app's own message files, so tests find buttons and headings by the text users see in each language.
// Read rather than imported: Node's ESM loader wants an import attribute for JSON, which the test runner's transform drops.
function load(locale: string): Messages {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Messages;
}

export const en = load("en");
export const zh = load("zh");
