import "server-only";
import { db } from "@/lib/db/client";
import { checkAccountDelay, checkLoginThrottle, latest } from "./check-login-throttle";
import { loginThrottleKeys, minutesUntil } from "./login-throttle";
import { recordLoginFailure } from "./record-login-failure";
import { verifyPassword } from "./verify-password";

export type AuthenticatedUser = { id: string; email: string; name: string | null };

export type AuthenticateResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Checks an email and password. Unknown emails and wrong passwords give the
 * same answer in about the same time, and both count towards throttling.
 * `email` must already be normalised (the sign-in schema does it).
 * `knownDevice`: the browser signed in to this account before (known-device.ts);
 * failures elsewhere then do not slow it down.
 */
export async function authenticateUser(
  input: { email: string; password: string; ip: string; knownDevice?: boolean },
  now = new Date(),
): Promise<AuthenticateResult> {
  const { lockouts, account } = loginThrottleKeys(input.email, input.ip);
  const retryAt = latest([
    await checkLoginThrottle(lockouts, now),
    input.knownDevice ? null : await checkAccountDelay(account, now),
  ]);
  if (retryAt) return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(retryAt, now) };

  const user = await db().user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !valid) {
    await recordLoginFailure([...lockouts, { key: account }], now);
    return { ok: false, reason: "invalid" };
  }
  // A successful sign-in proves the owner is back: their account's counters start over.
  await db().loginFailure.deleteMany({ where: { key: { in: [account, lockouts[0]!.key] } } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
