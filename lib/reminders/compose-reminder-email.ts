import "server-only";
import { caseTitle } from "@/lib/cases/case-title";
import { maskPhone } from "@/lib/cases/phone-number";
import { operatorName } from "@/lib/cases/operator-name";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { getIntlFormatter, getTranslator } from "@/lib/i18n/translator";
import type { OutgoingMail } from "@/lib/mail/send-mail";
import { stableMessageId } from "@/lib/mail/stable-message-id";
import { reminderEmail } from "@/lib/mail/templates/reminder-email";
import type { ReminderForDelivery } from "./load-reminders-for-delivery";
import { createUnsubscribeToken } from "./unsubscribe-token";

/** The email of one reminder, in its owner's language and time zone. Composing only: nothing is sent. */
export async function composeReminderEmail(reminder: ReminderForDelivery): Promise<OutgoingMail> {
  const target = reminder.case;
  const env = serverEnv();
  const locale = toLocale(target.owner.locale);
  const format = getIntlFormatter(locale, target.owner.timeZone);
  const [messages, translator] = await Promise.all([loadMessages(locale), getTranslator(locale, target.owner.timeZone)]);
  const token = createUnsubscribeToken(target.ownerId, env.AUTH_SECRET);
  const operator = operatorName(translator, target.operator, target.providerName);
  // Stable: a reminder sent twice (after a crash) reads as one message in the inbox.
  const messageId = stableMessageId("reminder", reminder.id);
  const message = reminderEmail({
    to: target.owner.email,
    locale,
    messages,
    kind: reminder.kind,
    followUpNumber: reminder.kind === "FOLLOW_UP" ? reminder.sequence : 0,
    caseLabel: caseTitle(translator, target),
    operatorLabel: operator,
    maskedNumber: target.phoneNumber ? maskPhone(target.phoneNumber) : null,
    // The day, as the case page shows it: the check goes out that morning, and an
    // hour ("by 18:00") in a mail read at 09:00 said the operator was late.
    expectedByLabel: target.expectedBy ? format.dateTime(target.expectedBy, "weekdayDate") : "",
    chaseHint: translator(`chaseHints.${target.operator}`),
    caseUrl: `${env.APP_URL}/cases/${target.id}`,
    settingsUrl: `${env.APP_URL}/account`,
    unsubscribeUrl: `${env.APP_URL}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClickUnsubscribeUrl: `${env.APP_URL}/api/unsubscribe?token=${encodeURIComponent(token)}`,
    messageId,
  });
  return { ...message, messageId };
}
