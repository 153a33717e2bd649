import type en from "../../messages/en.json";
import type { Locale } from "./locales";

export type Messages = typeof en;

// A repeated dynamic import still goes through the module loader (and its
// hooks) each time; the worker asks for the same file once per message.
const loaded = new Map<Locale, Promise<Messages>>();

/** Every message of one language, as one object (messages/<locale>.json). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = import(`../../messages/${locale}.json`).then((module: { default: Messages }) => module.default);
    // A failed load is not kept: the next call tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}
