import "server-only";
import { db } from "@/lib/db/client";

const DELIVERY_SELECT = {
  id: true,
  kind: true,
  sequence: true,
  round: true,
  state: true,
  attempts: true,
  claimToken: true,
  case: {
    select: {
      id: true,
      ownerId: true,
      operator: true,
      providerName: true,
      nickname: true,
      phoneNumber: true,
      orderNumber: true,
      expectedBy: true,
      owner: {
        select: { email: true, emailVerified: true, locale: true, timeZone: true, telegramLink: { select: { chatId: true, channels: true } } },
      },
    },
  },
} as const;

/** Everything the channels need to send these reminders, in one query. */
export async function loadRemindersForDelivery(ids: string[]) {
  return db().reminder.findMany({ where: { id: { in: ids } }, select: DELIVERY_SELECT });
}

export type ReminderForDelivery = Awaited<ReturnType<typeof loadRemindersForDelivery>>[number];
export type ReminderRecipient = ReminderForDelivery["case"]["owner"];
