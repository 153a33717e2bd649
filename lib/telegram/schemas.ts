import { z } from "zod";

export const REMINDER_CHANNEL_CHOICES = ["BOTH", "TELEGRAM", "EMAIL"] as const;

export const reminderChannelsSchema = z.object({ channels: z.enum(REMINDER_CHANNEL_CHOICES) });
