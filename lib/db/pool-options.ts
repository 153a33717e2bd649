/**
 * pg.Pool settings shared by the app's and the job queue's pools. A connection
 * attempt to a server that is restarting or unreachable fails after 10 s
 * instead of waiting forever (a worker loop stuck on one would never fetch a
 * job again); keep-alive finds connections whose peer silently went away.
 */
export const POOL_RESILIENCE = { connectionTimeoutMillis: 10_000, keepAlive: true } as const;
