import { z } from "zod";

export const REMINDER_CHANNEL_CHOICES = ["BOTH", "TELEGRAM", "EMAIL"] as const;

export type ReminderChannelChoice = (typeof REMINDER_CHANNEL_CHOICES)[number];

export const reminderChannelsSchema = z.object({ channels: z.enum(REMINDER_CHANNEL_CHOICES) });
