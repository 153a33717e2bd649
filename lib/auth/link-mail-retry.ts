/**
 * How the emails that carry a link (reset, confirmation, change of address,
 * sign-up attempt) are retried: thirteen tries, doubling from 30 s, so the
 * link still arrives after a mail outage of about three days. The late, long
 * waits never hold a link once the server is back: its return moves pending
 * retries to now (decision 014).
 */
export const LINK_MAIL_RETRY = { limit: 13, delaySeconds: 30, backoff: true } as const;
