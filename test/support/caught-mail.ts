import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";

/** The mail the test run's catcher received for `to`, waiting for the worker to send it; [] if none came. */
export async function waitForMail(to: string, deadlineMs = 20_000) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const found = await readCaughtMail(inject("mailDir"), { to });
    if (found.length > 0) return found;
    await sleep(100);
  }
  return [];
}
