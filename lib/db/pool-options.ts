/**
 * pg.Pool settings shared by the app's and the job queue's pools. A connection
 * attempt to a server that is restarting or unreachable fails after 10 s
 * instead of waiting forever (a worker loop stuck on one would never fetch a
 * job again); keep-alive finds connections whose peer silently went away.
 * A query on an open connection whose server stopped answering (frozen, or
 * cut off by a network that drops rather than refuses) fails after 17 s: two
 * more than the server's own statement limit below, so a slow but live server
 * always answers first. Before, such a request hung for as long as the stall.
 */
export const POOL_RESILIENCE = { connectionTimeoutMillis: 10_000, keepAlive: true, query_timeout: 17_000 } as const;

/**
 * Session limits of the app's own pool (web and worker), sent at connect. A
 * locked table or a runaway statement used to hold its connection until it
 * cleared: ten such requests took the pool, and every other user got a 503
 * for a database that was up. Now a statement waits at most 3 s for a lock
 * (under the 5 s of Prisma's interactive transactions, which on their own do
 * not cancel the SQL) and runs at most 15 s; a transaction left idle is ended.
 * The failure reads as "busy, try again" (is-database-unavailable.ts).
 */
export const APP_SESSION_LIMITS = {
  lock_timeout: 3_000,
  statement_timeout: 15_000,
  idle_in_transaction_session_timeout: 60_000,
} as const;
