import type { AbstractIntlMessages } from "next-intl";
import type { Messages } from "./messages";

/**
 * The messages client components read (useTranslations in "use client"
 * files), and only those: every page carries them to the phone, so the
 * procedures' texts, the emails and the timeline stay on the server.
 * lib/i18n/client-messages.test.ts fails when a client component reads
 * anything else.
 */
export const CLIENT_NAMESPACES = [
  "common",
  "errorPages",
  "verifyEmail",
  "auth",
  "account",
  "accountData",
  "calendar",
  "casePage",
  "cases",
  "receipts",
  "reminders",
  "steps",
  "unsubscribe",
  "whatToSay",
] as const satisfies readonly (keyof Messages)[];

export function pickClientMessages(messages: Messages): AbstractIntlMessages {
  return {
    ...Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])),
    // The new-case form names the operators; the steps' own texts are rendered on the server.
    procedures: { operators: messages.procedures.operators },
  };
}
