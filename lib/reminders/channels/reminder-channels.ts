import "server-only";
import { emailChannel } from "./email-channel";
import type { ReminderChannel } from "./reminder-channel";

const channels: ReminderChannel[] = [emailChannel];

/** Every channel a reminder may go through, tried in this order. */
export const reminderChannels: readonly ReminderChannel[] = channels;

/**
 * Replaces the channels, for an area above this one (Telegram) whose channel
 * this one cannot import: the worker calls it once at start.
 */
export function replaceReminderChannels(replacement: readonly ReminderChannel[]): void {
  channels.splice(0, channels.length, ...replacement);
}
