import { describe, expect, it } from "vitest";
import { LINK_MAIL_RETRY } from "./link-mail-retry";

/** The shortest time from the first failure to the last try, as pg-boss 10 spaces retries with backoff (half to all of delay * 2^n). */
function shortestSpanSeconds({ limit, delaySeconds }: { limit: number; delaySeconds: number }): number {
  let total = 0;
  for (let n = 1; n <= limit; n++) total += (delaySeconds * 2 ** Math.min(16, n)) / 2;
  return total;
}

describe("the link emails' retries", () => {
  it("outlast a mail outage of two days and more, so a reset or confirmation link is not dropped overnight", () => {
    expect(LINK_MAIL_RETRY.backoff).toBe(true);
    expect(shortestSpanSeconds(LINK_MAIL_RETRY)).toBeGreaterThan(2 * 24 * 3600);
    // The first retries stay quick: a short hiccup costs seconds.
    expect(LINK_MAIL_RETRY.delaySeconds).toBeLessThanOrEqual(30);
  });
});
