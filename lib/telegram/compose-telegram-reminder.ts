import "server-only";
import type { InlineKeyboardButton } from "grammy/types";
import type { OperatorKey } from "@/lib/cases/procedure-templates";
import type { MessageTranslator } from "@/lib/cases/step-text";
import { operatorName } from "@/lib/cases/operator-name";
import { serverEnv } from "@/lib/env/server-env";
import { toLocale } from "@/lib/i18n/locales";
import { caseName } from "./case-name";
import { chatTexts } from "./chat-texts";
import { reminderKeyboard } from "./reminder-buttons";

export type TelegramReminderInput = {
  id: string;
  kind: "CHECK" | "FOLLOW_UP" | "NEEDS_ACTION";
  sequence: number;
  case: {
    id: string;
    operator: OperatorKey;
    providerName: string | null;
    phoneNumber: string | null;
    orderNumber: string | null;
    nickname: string | null;
    expectedBy: Date | null;
    owner: { locale: string; timeZone: string };
  };
};

export type TelegramMessage = { text: string; keyboard: InlineKeyboardButton[][] };

/** A reminder as a chat message in the owner's language: which case, what to check or chase, by when, and the buttons. */
export async function composeTelegramReminder(reminder: TelegramReminderInput): Promise<TelegramMessage> {
  const target = reminder.case;
  const { t, format } = await chatTexts(toLocale(target.owner.locale), target.owner.timeZone);
  const translate = t as unknown as MessageTranslator;
  const operator = operatorName(translate, target.operator, target.providerName);
  const name = caseName(translate, target);
  const hint = t(`chaseHints.${target.operator}`);
  const lines =
    reminder.kind === "CHECK"
      ? [t("telegram.reminder.check", { operator, caseName: name }), t("telegram.reminder.checkBody", { operator }), t("telegram.reminder.checkChase"), hint]
      : reminder.kind === "FOLLOW_UP"
        ? [t("telegram.reminder.followUp", { operator, caseName: name }), t("telegram.reminder.followUpBody", { number: reminder.sequence }), hint]
        : [t("telegram.reminder.needsAction", { operator, caseName: name }), t("telegram.reminder.needsActionBody", { operator }), hint];
  if (target.expectedBy) lines.splice(1, 0, t("telegram.reminder.expectedBy", { date: format.dateTime(target.expectedBy, "weekdayDate") }));
  const caseUrl = `${serverEnv().APP_URL}/cases/${target.id}`;
  const labels = {
    open: t("telegram.buttons.open"),
    snooze: t("telegram.buttons.snooze"),
    mute: t("telegram.buttons.mute"),
    cancelled: t("telegram.buttons.cancelled"),
  };
  return { text: lines.join("\n\n"), keyboard: reminderKeyboard(labels, caseUrl, target.id, reminder.id) };
}
