// 53300: too many connections, which passes as the others do. 55P03 and 57014:
// a statement gave up waiting for a lock or ran past the session's limit
// (pool-options.ts): the database is up but cannot answer now, a "try again".
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "55P03", "57014"]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  // pg's query_timeout: the server stopped answering on an open connection.
  /^Query read timeout/,
];
// Prisma's own codes for an unreachable server, a timed-out connection or pool wait, a transaction
// that could not start or finish in time (P2028), and the words its raw-query error wraps them in (P2010).
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const PRISMA_UNREACHABLE = /Can't reach database server|Server has closed the connection/;

/**
 * The database went away (restart, failover, network) or could not answer in
 * time, rather than refusing a query: SQLSTATE class 08, 57P01-03, lock and
 * statement timeouts, socket errors, pg's own messages for a dropped
 * connection, and Prisma's wrapping of these. Such an error says nothing
 * about the query.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (code.startsWith("08") || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
  if (UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  // Prisma wraps the driver's error (P2010, P2039...) and keeps its SQLSTATE here.
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { code?: unknown } } } }).meta?.driverAdapterError?.cause?.code;
  if (typeof cause === "string" && UNAVAILABLE_SQLSTATES.has(cause)) return true;
  const message = error instanceof Error ? error.message : "";
  if (code.startsWith("P") && PRISMA_UNREACHABLE.test(message)) return true;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
