// 53300: too many connections, which passes as the others do.
const UNAVAILABLE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300"]);
const UNAVAILABLE_NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN"]);
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error/,
  // pg's query_timeout: the server stopped answering on an open connection.
  /^Query read timeout/,
];
// Prisma's own codes for an unreachable server, a timed-out connection or pool wait, and the words its raw-query error wraps them in (P2010).
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const PRISMA_UNREACHABLE = /Can't reach database server|Server has closed the connection/;

/**
 * The database went away (restart, failover, network) rather than refusing a
 * query: SQLSTATE class 08 and 57P01-03, socket errors, and pg's own messages
 * for a dropped connection, and Prisma's wrapping of these. Such an error says
 * nothing about the query.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error && typeof error.code === "string" ? error.code : "";
  if (code.startsWith("08") || UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code)) return true;
  if (UNAVAILABLE_PRISMA_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : "";
  if (code.startsWith("P") && PRISMA_UNREACHABLE.test(message)) return true;
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}
