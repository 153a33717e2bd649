import type { AbstractIntlMessages, NamespaceKeys, NestedKeyOf } from "next-intl";
import type { Messages } from "./messages";

/** A namespace ("auth") or a part of one ("cases.form"), as useTranslations names it. */
export type MessagePath = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

/**
 * The messages sent to the browser, declared per route: a page's HTML carries
 * its route's client messages, and only those, so the procedures' texts, the
 * emails and the other pages' forms stay on the server (decision 022).
 *
 * A NextIntlClientProvider nested in another replaces its messages (it does
 * not merge them), so each entry lists everything that route's client
 * components read, "common" included. lib/i18n/client-messages.test.ts walks
 * each page's imports and fails when an entry lacks a namespace its client
 * components read, or lists one they do not.
 */
export const ROUTE_MESSAGES = {
  "/": ["formErrors", "verifyEmail"],
  "/account": ["account.email", "account.language", "account.password", "account.reminders", "account.timeZone", "common", "formErrors"],
  "/account/calendar": ["calendar.page", "formErrors"],
  "/account/confirm-email": ["account.confirmEmail", "formErrors"],
  "/account/data": ["accountData", "formErrors"],
  "/cases/[id]": ["casePage", "cases", "formErrors", "receipts", "reminders", "steps", "verifyEmail", "whatToSay"],
  "/cases/[id]/edit": ["cases", "formErrors"],
  "/cases/new": ["cases", "formErrors", "procedures.operators"],
  "/forgot-password": ["auth", "formErrors"],
  "/reset-password": ["auth", "common", "formErrors"],
  "/sign-in": ["auth", "formErrors"],
  "/sign-up": ["auth", "formErrors"],
  "/unsubscribe": ["formErrors", "unsubscribe"],
  "/verify-email": ["formErrors", "verifyEmail"],
} as const satisfies Record<string, readonly MessagePath[]>;

export type MessageRoute = keyof typeof ROUTE_MESSAGES;

/**
 * What the root layout's client components read (the error page, outside any
 * route's provider), and what a route without an entry of its own keeps.
 */
export const SHARED_MESSAGES = ["errorPages"] as const satisfies readonly MessagePath[];

/** The parts of `messages` that `paths` name, nested as in the whole. */
export function pickMessages(messages: Messages, paths: readonly MessagePath[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const dotted of paths) {
    const parts = dotted.split(".");
    let from: unknown = messages;
    let into = picked;
    parts.forEach((part, index) => {
      from = (from as Record<string, unknown>)[part];
      if (index === parts.length - 1) into[part] = from as AbstractIntlMessages;
      else into = (into[part] ??= {}) as AbstractIntlMessages;
    });
  }
  return picked;
}
