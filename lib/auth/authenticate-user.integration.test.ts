import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { authenticateUser } from "./authenticate-user";
import { LOGIN_THROTTLE } from "./login-throttle";

const IP = "203.0.113.7";

async function failTimes(count: number, email: string, ip = IP, now = new Date()) {
  for (let i = 0; i < count; i += 1) {
    const result = await authenticateUser({ email, password: "wrong password", ip }, now);
    expect(result.ok).toBe(false);
  }
}

describe("authenticateUser", () => {
  it("accepts the right password", async () => {
    const user = await createTestUser();
    const result = await authenticateUser({ email: user.email, password: user.password, ip: IP });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: user.email, name: null } });
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const user = await createTestUser();
    const wrong = await authenticateUser({ email: user.email, password: "not it at all", ip: IP });
    const unknown = await authenticateUser({ email: uniqueEmail("nobody"), password: "not it at all", ip: IP });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("locks one address out of one account after 10 failures, even with the right password, and says for how long", async () => {
    const user = await createTestUser();
    const now = new Date("2026-03-01T10:00:00Z");
    await failTimes(LOGIN_THROTTLE.maxPerAccountAndIp, user.email, IP, now);

    const blocked = await authenticateUser({ email: user.email, password: user.password, ip: IP }, new Date(now.getTime() + 60_000));
    expect(blocked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 14 });

    const later = await authenticateUser(
      { email: user.email, password: user.password, ip: IP },
      new Date(now.getTime() + LOGIN_THROTTLE.windowMs + 1000),
    );
    expect(later.ok).toBe(true);
  });

  it("never locks the owner out when the failures come from elsewhere: the account only slows down", async () => {
    const user = await createTestUser();
    const now = new Date("2026-03-01T10:00:00Z");
    // An attacker spread over many addresses, each under its own limit.
    for (let i = 0; i < 40; i += 1) {
      await authenticateUser({ email: user.email, password: `guess ${i}`, ip: `198.18.0.${i}` }, new Date(now.getTime() + i * 1000));
    }
    // Half a second before the attacker's next allowed try: the account is waiting out a delay.
    const attackEnds = new Date(now.getTime() + 39_500);
    const owner = { email: user.email, password: user.password, ip: "203.0.113.50" };
    // From a new device the owner waits a little (the delay is capped), never a lockout.
    expect(await authenticateUser(owner, attackEnds)).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 1 });
    const afterDelay = new Date(attackEnds.getTime() + LOGIN_THROTTLE.accountDelayMaxMs);
    expect((await authenticateUser(owner, afterDelay)).ok).toBe(true);

    // A browser the owner signed in on before is not slowed down at all.
    for (let i = 0; i < 40; i += 1) {
      await authenticateUser({ email: user.email, password: `guess ${i}`, ip: `198.18.1.${i}` }, new Date(afterDelay.getTime() + i * 1000));
    }
    const secondAttackEnds = new Date(afterDelay.getTime() + 39_500);
    expect((await authenticateUser(owner, secondAttackEnds)).ok).toBe(false);
    expect((await authenticateUser({ ...owner, knownDevice: true }, secondAttackEnds)).ok).toBe(true);
  });

  it("throttles unknown emails the same way, so throttling reveals nothing", async () => {
    const email = uniqueEmail("ghost");
    await failTimes(LOGIN_THROTTLE.maxPerAccountAndIp, email);
    const result = await authenticateUser({ email, password: "anything", ip: IP });
    expect(result).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("throttles one IP that tries many accounts", async () => {
    const victim = await createTestUser();
    for (let i = 0; i < LOGIN_THROTTLE.maxPerIp; i += 1) {
      await authenticateUser({ email: uniqueEmail(`spray${i}`), password: "guess", ip: IP });
    }
    const fromSameIp = await authenticateUser({ email: victim.email, password: victim.password, ip: IP });
    expect(fromSameIp).toMatchObject({ ok: false, reason: "throttled" });
    const fromElsewhere = await authenticateUser({ email: victim.email, password: victim.password, ip: "198.51.100.3" });
    expect(fromElsewhere.ok).toBe(true);
  });

  it("does not let failures on another account throttle this one", async () => {
    const mine = await createTestUser();
    const theirs = await createTestUser();
    await failTimes(LOGIN_THROTTLE.maxPerAccountAndIp, theirs.email, "198.51.100.4");
    const result = await authenticateUser({ email: mine.email, password: mine.password, ip: "198.51.100.5" });
    expect(result.ok).toBe(true);
  });

  it("starts the account's count over after a successful sign-in", async () => {
    const user = await createTestUser();
    await failTimes(LOGIN_THROTTLE.maxPerAccountAndIp - 1, user.email);
    expect((await authenticateUser({ email: user.email, password: user.password, ip: IP })).ok).toBe(true);
    expect(await db().loginFailure.count({ where: { key: { in: [`email:${user.email}`, `account-ip:${user.email}|${IP}`] } } })).toBe(0);
    await failTimes(1, user.email);
    expect((await authenticateUser({ email: user.email, password: user.password, ip: IP })).ok).toBe(true);
  });
});
