import { describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { sendPasswordResetEmailJob } from "@/lib/auth/send-password-reset-email";
import { waitForMail } from "@/test/support/caught-mail";
import { createTestUser } from "@/test/support/factories";
import { startWorker } from "./start-worker";
import { testDatabaseUrl } from "@/test/support/test-env";

describe("worker", () => {
  it("runs a queued job: a reset request becomes an email over SMTP", async () => {
    const boss = await startWorker(testDatabaseUrl(), [sendPasswordResetEmailJob]);
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
