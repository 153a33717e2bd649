import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./is-database-unavailable";

function pgError(message: string, code?: string) {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe("isDatabaseUnavailable", () => {
  it("recognises a server shutting down, restarting or out of reach", () => {
    expect(isDatabaseUnavailable(pgError("terminating connection due to administrator command", "57P01"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("the database system is shutting down", "57P03"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("connection failure", "08006"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("Query read timeout"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("sorry, too many clients already", "53300"))).toBe(true);
  });

  it("recognises Prisma's words for the same, also inside a raw query's error", () => {
    expect(isDatabaseUnavailable(pgError("Can't reach database server at 127.0.0.1:5432", "P1001"))).toBe(true);
    const raw = "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5999`";
    expect(isDatabaseUnavailable(pgError(raw, "P2010"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("Timed out fetching a new connection from the connection pool", "P2024"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("Raw query failed. Code: `42601`. Message: `syntax error`", "P2010"))).toBe(false);
  });

  it("counts a lock or statement timeout as a database that cannot answer now, also wrapped by Prisma", () => {
    expect(isDatabaseUnavailable(pgError("canceling statement due to lock timeout", "55P03"))).toBe(true);
    expect(isDatabaseUnavailable(pgError("canceling statement due to statement timeout", "57014"))).toBe(true);
    const wrapped = Object.assign(pgError("Invalid `prisma.caseStep.count()` invocation", "P2039"), {
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { code: "55P03", message: "canceling statement due to lock timeout" } } },
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(pgError("Transaction API error: Transaction already closed", "P2028"))).toBe(true);
    const refused = Object.assign(pgError("Unique constraint failed", "P2002"), { meta: { driverAdapterError: { cause: { code: "23505" } } } });
    expect(isDatabaseUnavailable(refused)).toBe(false);
  });

  it("leaves every other error alone: those are bugs or refusals, not outages", () => {
    expect(isDatabaseUnavailable(pgError("duplicate key value violates unique constraint", "23505"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
