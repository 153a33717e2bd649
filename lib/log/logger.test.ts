import { AsyncLocalStorage } from "node:async_hooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturedLogs } from "@/test/support/captured-logs";
import { currentRequestId, runWithLogFields } from "./log-context";
import { componentLogger, logger } from "./logger";

// The web server's per-request storage (scripts/web-server.mjs), as the logger reads it.
const KEY = Symbol.for("simcase.request-state");
const requestState = new AsyncLocalStorage<{ databaseUnavailable: boolean; requestId?: string }>();
const global = globalThis as { [KEY]?: unknown };

describe("log lines", () => {
  beforeEach(() => {
    global[KEY] = requestState;
  });
  afterEach(() => {
    delete global[KEY];
  });

  it("are one JSON object each, with level, time and msg", () => {
    componentLogger("mail").warn("SMTP server unreachable: ECONNREFUSED");
    const [line] = capturedLogs();
    expect(line).toMatchObject({ level: "warn", component: "mail", msg: "SMTP server unreachable: ECONNREFUSED" });
    expect(new Date(line!.time).toISOString()).toBe(line!.time);
    expect(line).not.toHaveProperty("requestId");
  });

  it("carry the id of the request being served", async () => {
    await requestState.run({ databaseUnavailable: false, requestId: "req-1234abcd" }, async () => {
      await Promise.resolve();
      logger.info("inside");
      expect(currentRequestId()).toBe("req-1234abcd");
    });
    logger.info("outside");
    expect(capturedLogs().map((line) => [line.msg, line.requestId])).toEqual([
      ["inside", "req-1234abcd"],
      ["outside", undefined],
    ]);
  });

  it("inside a job, carry the job and the request that queued it", async () => {
    await runWithLogFields({ requestId: "req-5678efgh", job: "mail.send", jobId: "j1", attempt: 2 }, async () => {
      await Promise.resolve();
      componentLogger("mail").info("sent");
      expect(currentRequestId()).toBe("req-5678efgh");
    });
    expect(capturedLogs()[0]).toMatchObject({ msg: "sent", requestId: "req-5678efgh", job: "mail.send", jobId: "j1", attempt: 2, component: "mail" });
  });

  it("never hold an email address, in the message, a field or an error", () => {
    logger.warn({ to: "Someone <someone@example.com>" }, "550 5.1.1 <someone@example.com>: mailbox unavailable");
    logger.warn({ err: new Error("rejected for a.b+c@mail.example.org") }, "send failed");
    const text = JSON.stringify(capturedLogs());
    expect(text).not.toContain("example.com");
    expect(text).not.toContain("mail.example.org");
    expect(capturedLogs()[0]).toMatchObject({ msg: "550 5.1.1 <[email]>: mailbox unavailable", to: "Someone <[email]>" });
    expect(capturedLogs()[1]!.err).toMatchObject({ type: "Error", message: "rejected for [email]" });
  });

  it("keep paths through scoped packages, and still hide an address in a URL", () => {
    const frame = "at query (/srv/app/node_modules/@prisma/adapter-pg/dist/index.js:12:3)";
    logger.warn({ stack: frame }, "see https://example.net/u/someone@example.com/x and webpack://node_modules/@node-rs/argon2/index.js");
    expect(capturedLogs()[0]).toMatchObject({
      stack: frame,
      msg: "see https://example.net/u/[email]/x and webpack://node_modules/@node-rs/argon2/index.js",
    });
  });

  it("below the level are not written", () => {
    const quiet = logger.child({}, { level: "warn" });
    quiet.info("not this");
    quiet.warn("this");
    expect(capturedLogs().map((line) => line.msg)).toEqual(["this"]);
  });
});
