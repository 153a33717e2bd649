import type en from "../../messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

/** Every message of one language, as one object (messages/<locale>.json). */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const loaded = (await import(`../../messages/${locale}.json`)) as { default: Messages };
  return loaded.default;
}
