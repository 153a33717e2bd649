import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("mail");

/**
 * Whether the SMTP server can be reached, as this process last saw it.
 *
 * A send that fails without an answer from the server (refused, reset,
 * timed out, a 421 "closing") marks it unreachable. From then on sends are
 * refused at once, without a network round trip, and one probe a few
 * seconds apart checks whether it is back. The worker logs once when it goes,
 * a line a minute while mail waits, and once when it is back.
 */
export class MailServerUnavailableError extends Error {
  override name = "MailServerUnavailableError";
  readonly code = "EUNAVAILABLE";
}

type Backlog = () => Promise<number>;

const PROBE_EVERY_MS = 5_000;
const REPORT_EVERY_MS = 60_000;

let downSince: number | null = null;
/** Counts the server's comings and goings, so a send's result speaks only for the state it began in. */
let changes = 0;
let lastError = "";
let refused = 0;
let probe: (() => Promise<unknown>) | null = null;
let probeTimer: NodeJS.Timeout | undefined;
let reportTimer: NodeJS.Timeout | undefined;
const backlogs = new Map<string, Backlog>();
const listeners = new Set<() => void>();

/** No answer from the server at all (as opposed to a reply code, which means it is there). */
export function isConnectionFailure(error: unknown): boolean {
  if (error instanceof MailServerUnavailableError) return true;
  const code = typeof error === "object" && error !== null && "responseCode" in error ? Number(error.responseCode) : NaN;
  return Number.isNaN(code) || code === 421;
}

export function mailServerReachable(): boolean {
  return downSince === null;
}

/** The function that checks the server while it is away; set by whoever owns the transport. */
export function setMailServerProbe(check: () => Promise<unknown>): void {
  probe = check;
}

/** Counts what waits for the server, for the minute lines ("412 reminders waiting"). */
export function registerMailBacklog(name: string, count: Backlog): () => void {
  backlogs.set(name, count);
  return () => backlogs.delete(name);
}

/** Called once each time the server comes back; returns an unsubscribe. */
export function onMailServerBack(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Throws while the server is known to be away, so no send waits on a dead connection. */
export function assertMailServerReachable(): void {
  if (downSince === null) return;
  refused += 1;
  throw new MailServerUnavailableError(`SMTP server unreachable since ${new Date(downSince).toISOString()} (${lastError})`);
}

/** Taken as a send begins, and given back with its result (noteMailServerAnswered, noteMailServerUnreachable). */
export function mailServerState(): number {
  return changes;
}

/**
 * The server answered. A send that began before it went away says nothing of
 * now: sends in flight when it died finish in any order, and one accepted just
 * before the crash marked it back, to be marked gone again by the next failure.
 * The probe gives no `began`: it runs while the server is away.
 */
export function noteMailServerAnswered(began?: number): void {
  if (downSince === null) return;
  if (began !== undefined && began !== changes) return;
  changes += 1;
  const seconds = Math.round((Date.now() - downSince) / 1000);
  downSince = null;
  refused = 0;
  clearInterval(probeTimer);
  clearInterval(reportTimer);
  log.info(`SMTP server reachable again after ${seconds} s`);
  for (const listener of listeners) listener();
}

/** No answer from the server; a send that began before it came back says nothing of now. */
export function noteMailServerUnreachable(error: unknown, began?: number): void {
  if (began !== undefined && began !== changes) return;
  lastError = error instanceof Error ? error.message : String(error);
  if (downSince !== null) return;
  changes += 1;
  downSince = Date.now();
  log.warn(`SMTP server unreachable: ${lastError}; mail waits and is retried when it is back`);
  probeTimer = setInterval(() => void runProbe(), PROBE_EVERY_MS);
  reportTimer = setInterval(() => void report(), REPORT_EVERY_MS);
  probeTimer.unref();
  reportTimer.unref();
}

async function runProbe(): Promise<void> {
  if (!probe || downSince === null) return;
  try {
    await probe();
    noteMailServerAnswered();
  } catch (error) {
    lastError = error instanceof Error ? error.message : String(error);
  }
}

async function report(): Promise<void> {
  if (downSince === null) return;
  const parts: string[] = [];
  for (const [name, count] of backlogs) {
    const n = await count().catch(() => 0);
    if (n > 0) parts.push(`${n} ${name}`);
  }
  if (refused > 0) parts.push(`${refused} send(s) refused in the last minute`);
  refused = 0;
  if (parts.length === 0) return;
  const minutes = Math.round((Date.now() - downSince) / 60_000);
  log.warn(`SMTP server still unreachable after ${minutes} min (${lastError}); waiting: ${parts.join(", ")}`);
}
