"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { userFormAction } from "@/edge/form-action";
import { createTelegramLink } from "@/lib/telegram/create-telegram-link";
import { disconnectTelegram } from "@/lib/telegram/disconnect-telegram";
import { reminderChannelsSchema } from "@/lib/telegram/schemas";
import { setReminderChannels } from "@/lib/telegram/set-reminder-channels";

/** Opens the bot in Telegram with a fresh single-use token; the bot's /start links the chat. */
export const connectTelegramAction = userFormAction("/account", {
  schema: z.object({}),
  run: (_input, user) => createTelegramLink(user.id),
  done: ({ url }) => redirect(url as Route),
});

/** The panel turns into "Connect" once the link is gone, so the answer travels in the address rather than the form's state. */
export const disconnectTelegramAction = userFormAction("/account", {
  schema: z.object({}),
  run: (_input, user) => disconnectTelegram(user.id),
  revalidate: () => ["/account"],
  done: () => redirect("/account?telegram=disconnected#telegram"),
});

export const saveReminderChannelsAction = userFormAction("/account", {
  fields: ["channels"],
  schema: reminderChannelsSchema,
  run: ({ channels }, user) => setReminderChannels(user.id, channels),
  revalidate: () => ["/account"],
  done: async (_result, { channels }) => {
    const t = await getTranslations("telegram.settings.channelsSaved");
    return { success: t(channels) };
  },
});
