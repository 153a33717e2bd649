// Limits shared by the throttle functions. An IP gets more room than an
// account: a hostel or a phone carrier's NAT puts many honest people on one address.
export const LOGIN_THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxPerAccount: 10,
  maxPerIp: 30,
} as const;

export type ThrottleKey = { key: string; max: number };

export function loginThrottleKeys(email: string, ip: string): ThrottleKey[] {
  return [
    { key: `email:${email}`, max: LOGIN_THROTTLE.maxPerAccount },
    { key: `ip:${ip}`, max: LOGIN_THROTTLE.maxPerIp },
  ];
}

/** Whole minutes to wait, never "0 minutes". */
export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
