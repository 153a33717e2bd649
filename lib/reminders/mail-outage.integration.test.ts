import { describe, expect, it } from "vitest";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { parseLogLines } from "@/test/support/captured-logs";
import { REMINDERS, expectEachDeliveredOnce, setUp, sleep } from "@/test/support/mail-outage";
import { triggerDispatch } from "@/test/support/reminder-backlog";
import { waitFor } from "@/test/support/worker-process";

// (a) and (c) of the reported wedge; the stalled server is in mail-stall.integration.test.ts.
describe("a mail server killed mid-batch", () => {
  it(
    "a server killed in the middle of DATA and back 60 s later: every reminder goes out once, and a reset link asked meanwhile soon after it, no restart",
    async () => {
      const { smtp, worker, user, log } = await setUp();
      await triggerDispatch();
      await waitFor(() => smtp.received.length >= 20, "the first emails").catch(log);
      await smtp.killDuringNextData();
      const beforeOutage = smtp.received.length;
      expect(beforeOutage).toBeLessThan(REMINDERS);

      // Refused at once, its retries fall 30 to 60 s later, then 60 to 120 s after that: by its
      // backoff alone it would arrive 30 s or more after the server is back.
      await requestPasswordReset(user.email);
      await sleep(60_000);
      await smtp.restart();
      const back = Date.now();

      const resetEmail = () => smtp.received.some((mail) => mail.to.includes(user.email) && /password/i.test(mail.subject));
      await waitFor(resetEmail, "the reset email, retried when the server is back", 25_000).catch(log);
      await expectEachDeliveredOnce(smtp, 180_000, log);
      console.log(`all delivered ${(Date.now() - back) / 1000} s after the restart`);
      expect(worker.exitCode).toBeNull();
      // One line when the server goes and one when it is back, not one per refused send.
      const mailLines = parseLogLines(worker.output()).filter((line) => line.component === "mail");
      expect(mailLines.filter((line) => line.msg.startsWith("SMTP server unreachable:"))).toHaveLength(1);
      expect(mailLines.filter((line) => line.msg.startsWith("SMTP server reachable again"))).toHaveLength(1);
      expect(worker.output()).toMatch(/1 email job\(s\) waiting for the SMTP server retried now/);
      expect(worker.output()).not.toContain(user.email);
    },
    300_000,
  );
});
