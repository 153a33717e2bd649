import { getTranslator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import type { MailMessage } from "../send-mail";
import { linkEmail } from "./layout";

/** The confirmation link for a new sign-in address, sent to that new address in the account's language. */
export async function emailChangeEmail(input: {
  to: string;
  link: string;
  expiresInHours: number;
  locale: Locale;
  timeZone: string;
}): Promise<MailMessage> {
  const t = await getTranslator(input.locale, input.timeZone);
  const m = (key: "subject" | "intro" | "button" | "ignore") => t(`account.emailChangeMail.${key}`, { email: input.to });
  const validity = t("account.emailChangeMail.validity", { hours: input.expiresInHours });
  return linkEmail({
    to: input.to,
    locale: input.locale,
    subject: m("subject"),
    intro: m("intro"),
    button: m("button"),
    link: input.link,
    linkLine: validity,
    validity,
    fallback: t("account.emailChangeMail.fallback"),
    ignore: m("ignore"),
  });
}
