import "server-only";
import { emailChannel } from "./email-channel";
import type { ReminderChannel } from "./reminder-channel";

/** Every channel a reminder may go through, tried in this order. */
export const reminderChannels: readonly ReminderChannel[] = [emailChannel];
