"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userFormAction } from "@/edge/form-action";
import { requireUser } from "@/lib/auth/current-user";
import { createTelegramLink } from "@/lib/telegram/create-telegram-link";
import { disconnectTelegram } from "@/lib/telegram/disconnect-telegram";
import { formText } from "@/lib/http/form-text";
import { reminderChannelsSchema } from "@/lib/telegram/schemas";
import { setReminderChannels } from "@/lib/telegram/set-reminder-channels";

/** Opens the bot in Telegram with a fresh single-use token; the bot's /start links the chat. */
export const connectTelegramAction = userFormAction("/account", {
  schema: z.object({}),
  run: (_input, user) => createTelegramLink(user.id),
  done: ({ url }) => redirect(url as Route),
});

export async function disconnectTelegramAction(): Promise<void> {
  const user = await requireUser("/account");
  await disconnectTelegram(user.id);
  revalidatePath("/account");
}

/** Email, Telegram or both; an unknown value changes nothing. */
export async function saveReminderChannelsAction(formData: FormData): Promise<void> {
  const user = await requireUser("/account");
  const parsed = reminderChannelsSchema.safeParse({ channels: formText(formData, "channels") });
  if (parsed.success) await setReminderChannels(user.id, parsed.data.channels);
  revalidatePath("/account");
}
