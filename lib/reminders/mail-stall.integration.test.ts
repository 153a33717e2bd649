import { describe, expect, it } from "vitest";
import { triggerDispatch } from "@/test/support/reminder-backlog";
import { expectEachDeliveredOnce, setUp, sleep } from "@/test/support/mail-outage";
import { waitFor } from "@/test/support/worker-process";

// (b) of the reported wedge: the server answers the connection and then nothing.
describe("a stalled mail server", () => {
  it(
    "a server that takes connections and then says nothing for 90 s: every reminder goes out once after it",
    async () => {
      const { smtp, worker, log } = await setUp();
      await triggerDispatch();
      await waitFor(() => smtp.received.length >= 40, "the first emails").catch(log);
      const resume = smtp.stall();
      await sleep(90_000);
      await resume();

      const back = Date.now();
      await expectEachDeliveredOnce(smtp, 180_000, log);
      console.log(`all delivered ${(Date.now() - back) / 1000} s after the stall`);
      expect(worker.exitCode).toBeNull();
      expect(worker.output()).toMatch(/SMTP server reachable again/);
    },
    300_000,
  );
});
