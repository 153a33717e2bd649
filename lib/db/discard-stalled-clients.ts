import type pg from "pg";

const READ_TIMEOUT = /^Query read timeout/;

/**
 * pg's `query_timeout` answers the caller, but leaves the connection waiting
 * for the stalled server's reply, still inside any transaction it had begun.
 * Handed back to the pool, it would make the next request's queries queue
 * behind that reply, or run inside the abandoned transaction once the server
 * woke up. So a connection whose query timed out is closed at once: pg-pool
 * drops a closing client when it is released, and the server rolls back its
 * transaction when it reads the goodbye. `pool.query` already drops the client
 * on any error; this covers the clients Prisma takes for transactions.
 */
export function discardStalledClients<P extends pg.Pool>(pool: P): P {
  pool.on("connect", (client) => {
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const result = clientQuery(...args);
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        // Not awaited: the goodbye cannot be acknowledged by a server that is not answering.
        if (error instanceof Error && READ_TIMEOUT.test(error.message)) client.end().catch(() => undefined);
        throw error;
      });
    }) as typeof client.query;
  });
  return pool;
}
