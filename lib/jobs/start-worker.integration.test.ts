import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, inject, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { createTestUser } from "@/test/support/factories";
import { startWorker } from "./start-worker";

async function waitForMail(to: string, deadlineMs = 20_000) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    const found = await readCaughtMail(inject("mailDir"), { to });
    if (found.length > 0) return found;
    await sleep(100);
  }
  return [];
}

describe("worker", () => {
  it("runs a queued job: a reset request becomes an email over SMTP", async () => {
    const boss = await startWorker(inject("databaseUrl"), [sendPasswordResetEmailJob]);
    try {
      const user = await createTestUser();
      await requestPasswordReset(user.email);
      const mail = await waitForMail(user.email);
      expect(mail).toHaveLength(1);
      expect(mail[0]!.text).toContain("/reset-password?token=");
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
