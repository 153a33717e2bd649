// The rules for refusing sign-in attempts (docs/decisions/019-throttling.md).
// Lockouts are counted per address and per (account, address): an attacker
// elsewhere never fills the owner's buckets. Failures on an account from
// anywhere only slow its sign-ins down, step by step, and never for a device
// the owner signed in on before.
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  /** One address, any accounts: strict, but room for a hostel or a carrier's NAT. */
  maxPerIp: 30,
  /** One account from one address: the owner's own typos, or one attacker. */
  maxPerAccountAndIp: 10,
  /** Failures on one account from anywhere before each further attempt must wait... */
  accountDelayAfter: 10,
  /** ...1 s, doubling with every failure, to at most 5 minutes. */
  accountDelayBaseMs: 1_000,
  accountDelayMaxMs: 5 * 60 * 1000,
  /** Re-entering the password while signed in: password change, email change, account deletion. */
  maxReauthPerUser: 10,
} as const;

/** Enough of an account's recent failures to reach the longest delay. */
export const ACCOUNT_FAILURES_READ = LOGIN_THROTTLE.accountDelayAfter + 10;

export type ThrottleKey = { key: string; max: number };

export function accountThrottleKey(email: string): string {
  return `email:${email}`;
}

/** Every (account, address) bucket of an account starts with this. */
export function accountAndIpPrefix(email: string): string {
  return `account-ip:${email}|`;
}

/** The buckets that lock out, and the account's own, which only slows down. */
export function loginThrottleKeys(email: string, ip: string): { lockouts: ThrottleKey[]; account: string } {
  return {
    lockouts: [
      { key: `${accountAndIpPrefix(email)}${ip}`, max: LOGIN_THROTTLE.maxPerAccountAndIp },
      { key: `ip:${ip}`, max: LOGIN_THROTTLE.maxPerIp },
    ],
    account: accountThrottleKey(email),
  };
}

/** For a password typed while signed in: its own bucket, so failed sign-ins by others never block it. */
export function reauthThrottleKeys(userId: string): ThrottleKey[] {
  return [{ key: `reauth:${userId}`, max: LOGIN_THROTTLE.maxReauthPerUser }];
}

/**
 * When the next attempt on an account may be made, given its failures in the
 * window (newest first), or null when it need not wait.
 */
export function accountDelayUntil(failures: readonly Date[]): Date | null {
  const over = failures.length - LOGIN_THROTTLE.accountDelayAfter;
  if (over < 0 || !failures[0]) return null;
  const delay = Math.min(LOGIN_THROTTLE.accountDelayBaseMs * 2 ** over, LOGIN_THROTTLE.accountDelayMaxMs);
  return new Date(failures[0].getTime() + delay);
}

/** Whole minutes to wait, never "0 minutes". */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
