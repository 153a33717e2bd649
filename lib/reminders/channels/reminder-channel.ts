import type { Prisma } from "@/lib/db/client";
import type { ReminderForDelivery, ReminderRecipient } from "../load-reminders-for-delivery";

/** What one channel did with one reminder. */
export type ChannelAttempt =
  | { status: "sent"; externalId: string }
  /** Refused: for good (SMTP 5xx), or for now (4xx, a dropped connection), retried with backoff. */
  | { status: "failed"; permanent: boolean; error: string }
  /** The channel's service is away (the SMTP server cannot be reached): nothing was tried, nothing is counted. */
  | { status: "unavailable"; error: string };

/**
 * A way to reach a user with a reminder. The claim, the schedule and the
 * outcome records know channels only through this: a second channel
 * (Telegram) is one more entry in `reminderChannels`.
 */
export interface ReminderChannel {
  /** Stored in ReminderDelivery.channel; never rename. */
  readonly name: string;
  /**
   * SQL over the owner's "User" row (alias u): can this channel reach them?
   * A reminder that no channel can reach is not claimed; it waits.
   */
  readonly reaches: Prisma.Sql;
  /** The same test, on a loaded row. */
  canReach(recipient: ReminderRecipient): boolean;
  /** False while the channel's service is known to be away: the dispatcher then claims nothing for it. */
  available(): boolean;
  send(reminder: ReminderForDelivery): Promise<ChannelAttempt>;
}
