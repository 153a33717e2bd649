import { setTimeout as sleep } from "node:timers/promises";

import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { testMailDir } from "@/test/support/test-env";

/** The mail the test run's catcher received for `to`, waiting for the worker to send it; [] if none came. */
export async function waitForMail(to: string, deadlineMs = 20_000) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const found = await readCaughtMail(testMailDir(), { to });
    if (found.length > 0) return found;
    await sleep(100);
  }
  return [];
}
