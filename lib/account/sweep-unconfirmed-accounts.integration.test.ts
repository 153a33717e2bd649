import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestCase } from "@/test/support/case-factories";
import { createTestUser } from "@/test/support/factories";
import { sweepUnconfirmedAccounts } from "./sweep-unconfirmed-accounts";

const NOW = new Date("2026-12-01T03:17:00Z");
const DAY = 24 * 60 * 60 * 1000;

async function account(label: string, { verified, ageDays }: { verified: boolean; ageDays: number }) {
  const user = await createTestUser({ email: `${label}-${Math.random().toString(36).slice(2)}@example.com`, verified });
  await db().user.update({ where: { id: user.id }, data: { createdAt: new Date(NOW.getTime() - ageDays * DAY) } });
  return user;
}

const exists = async (id: string) => (await db().user.findUnique({ where: { id }, select: { id: true } })) !== null;

describe("sweepUnconfirmedAccounts", () => {
  it("deletes only old unconfirmed accounts with no case and no live session", async () => {
    const stale = await account("stale", { verified: false, ageDays: 31 });
    await db().emailVerificationToken.create({
      data: { userId: stale.id, email: stale.email, tokenHash: `h-${stale.id}`, expiresAt: new Date(NOW.getTime() - 29 * DAY) },
    });
    const young = await account("young", { verified: false, ageDays: 29 });
    const confirmed = await account("confirmed", { verified: true, ageDays: 400 });
    const withCase = await account("with-case", { verified: false, ageDays: 60 });
    await createTestCase(withCase.id, { operator: "SMART" }, NOW);
    const signedIn = await account("signed-in", { verified: false, ageDays: 60 });
    await db().session.create({ data: { userId: signedIn.id, sessionToken: `s-${signedIn.id}`, expires: new Date(NOW.getTime() + DAY) } });
    const signedOut = await account("signed-out", { verified: false, ageDays: 60 });
    await db().session.create({ data: { userId: signedOut.id, sessionToken: `s-${signedOut.id}`, expires: new Date(NOW.getTime() - DAY) } });

    expect(await sweepUnconfirmedAccounts(NOW)).toBe(2);

    expect(await exists(stale.id)).toBe(false);
    expect(await exists(signedOut.id)).toBe(false);
    expect(await db().emailVerificationToken.count({ where: { userId: stale.id } })).toBe(0);
    for (const kept of [young, confirmed, withCase, signedIn]) expect(await exists(kept.id)).toBe(true);
    expect(await db().case.count({ where: { ownerId: withCase.id } })).toBe(1);
  });

  it("frees the address: it can be signed up with again", async () => {
    const stale = await account("again", { verified: false, ageDays: 45 });
    await sweepUnconfirmedAccounts(NOW);
    const fresh = await createTestUser({ email: stale.email, verified: false });
    expect(fresh.id).not.toBe(stale.id);
  });
});
