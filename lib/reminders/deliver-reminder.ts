import "server-only";
import type { ReminderChannel } from "./channels/reminder-channel";
import { reminderChannels } from "./channels/reminder-channels";
import { loadRemindersForDelivery, type ReminderForDelivery } from "./load-reminders-for-delivery";
import { confirmClaims, dropClaim, releaseClaims } from "./reminder-claims";
import { recordFailure, recordSent, recordUnreachable, type SentRecord } from "./record-reminder-outcomes";

export type DeliveryOutcome =
  | "sent"
  | "failed"
  | "retried"
  | "cancelled"
  | "skipped"
  | "superseded"
  /** No channel was available (the mail server is away): back in the queue, no attempt used. */
  | "deferred"
  /** A needs-action reminder nobody could be told of: the case was flagged, the reminder skipped. */
  | "unreachable";

/** Records sent reminders; the dispatcher passes one that batches them. */
export type SentRecorder = (record: SentRecord, now: Date) => Promise<void>;

const recordOne: SentRecorder = (record, now) => recordSent([record], now);

/**
 * Sends one confirmed reminder through every channel that can reach its
 * owner, and records what happened. A lane of the dispatcher waits for the
 * record before it sends anything else, so at any moment at most one message
 * per lane is sent but not yet recorded (docs/decisions/012).
 */
export async function deliverConfirmedReminder(
  reminder: ReminderForDelivery,
  now: () => Date,
  options: { channels?: readonly ReminderChannel[]; record?: SentRecorder } = {},
): Promise<DeliveryOutcome> {
  const channels = options.channels ?? reminderChannels;
  const reachable = channels.filter((channel) => channel.canReach(reminder.case.owner));
  const token = reminder.claimToken ?? "";
  if (reachable.length === 0) {
    if (reminder.kind !== "NEEDS_ACTION") {
      // Became unreachable after the claim (the address changed): it waits, like those never claimed.
      await releaseClaims([reminder.id], token, { uncount: true });
      return "deferred";
    }
    await recordUnreachable(reminder, channels.map((channel) => channel.name), now());
    return "unreachable";
  }

  let failure: { channel: string; error: string; permanent: boolean } | undefined;
  let sent: SentRecord | undefined;
  for (const channel of reachable) {
    const attempt = await channel.send(reminder);
    if (attempt.status === "failed") failure ??= { channel: channel.name, error: attempt.error, permanent: attempt.permanent };
    if (attempt.status !== "sent") continue;
    // The first channel's id is the reminder's; every channel that sent gets its own delivery record.
    if (sent) sent.also = [...(sent.also ?? []), { channel: channel.name, externalId: attempt.externalId }];
    else sent = { reminder, channel: channel.name, externalId: attempt.externalId };
  }
  if (sent) {
    await (options.record ?? recordOne)(sent, now());
    return "sent";
  }
  if (failure) return recordFailure({ reminder, ...failure }, now());
  await releaseClaims([reminder.id], token, { uncount: true });
  return "deferred";
}

/**
 * Confirms and sends one claimed reminder (state SENDING). A reminder no
 * longer SENDING under its token (sent, cancelled, claimed by another run) is
 * left alone.
 */
export async function deliverLoadedReminder(reminder: ReminderForDelivery, now: Date): Promise<DeliveryOutcome> {
  if (reminder.state !== "SENDING" || !reminder.claimToken) return "skipped";
  let verdict: "confirmed" | "overtaken" | undefined;
  try {
    verdict = (await confirmClaims([reminder], now)).get(reminder.id);
  } catch (error) {
    // Nothing was sent yet, so the reminder can go out on the next run.
    await releaseClaims([reminder.id], reminder.claimToken);
    throw error;
  }
  if (verdict === "overtaken") return "superseded";
  if (verdict === undefined) return (await dropClaim({ ...reminder, caseId: reminder.case.id }, now)) ? "cancelled" : "skipped";
  return deliverConfirmedReminder(reminder, () => now);
}

export async function deliverReminder(reminderId: string, now: Date): Promise<DeliveryOutcome> {
  const [reminder] = await loadRemindersForDelivery([reminderId]);
  return reminder ? deliverLoadedReminder(reminder, now) : "skipped";
}
