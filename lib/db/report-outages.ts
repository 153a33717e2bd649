import type pg from "pg";
import { isDatabaseUnavailable } from "./is-database-unavailable";

type Reporter = (error: unknown) => void;

function reportRejection<T>(result: T, report: Reporter): T {
  if (!(result instanceof Promise)) return result;
  // The handler runs in the caller's async context (the request being served), whatever socket event settled the promise.
  return result.catch((error: unknown) => {
    report(error);
    throw error;
  }) as T;
}

/**
 * Calls `onUnavailable` whenever a connection attempt or a query on this pool
 * fails because the database went away, in the async context of the code that
 * asked. Every query of the app passes here (Prisma's adapter takes this pool),
 * so one place sees an outage that strikes on any query of a page, action or
 * route, not only the session lookup. Errors pass through unchanged.
 * Only the promise forms are watched: those are what Prisma calls.
 */
export function reportOutages<P extends pg.Pool>(pool: P, onUnavailable: () => void): P {
  const report: Reporter = (error) => {
    if (isDatabaseUnavailable(error)) onUnavailable();
  };
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.connect = ((...args: unknown[]) => reportRejection(connect(...args), report)) as P["connect"];
  pool.query = ((...args: unknown[]) => reportRejection(query(...args), report)) as P["query"];
  // Transactions run their queries on a client taken from the pool.
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => reportRejection(clientQuery(...args), report)) as typeof client.query;
  });
  return pool;
}
