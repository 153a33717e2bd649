import http from "node:http";
import { performance } from "node:perf_hooks";
import { gunzipSync } from "node:zlib";
import autocannon from "autocannon";
import type pg from "pg";

export type Throughput = { rps: number; p50: number; p99: number; errors: number };

/** Requests per second with `connections` keep-alive clients for `seconds`. */
export async function throughput(url: string, cookie: string, seconds: number, connections = 16): Promise<Throughput> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { cookie, "accept-encoding": "gzip" },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** Latency of one request at a time, as a user alone on the server sees it. */
export async function sequentialLatency(url: string, cookie: string, runs: number): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i += 1) {
    const start = performance.now();
    const response = await fetch(url, { headers: { cookie, "accept-encoding": "gzip" }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (i >= 3) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * SQL statements one request costs, counted by Postgres itself
 * (pg_stat_statements), averaged over `runs` requests made one at a time.
 */
export async function statementsPerRequest(sql: pg.Client, database: string, url: string, cookie: string, runs = 10): Promise<number> {
  await fetch(url, { headers: { cookie } }).then((response) => response.arrayBuffer());
  await sql.query("SELECT pg_stat_statements_reset()");
  for (let i = 0; i < runs; i += 1) {
    const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  }
  const { rows } = await sql.query<{ calls: string | null }>(
    `SELECT sum(s.calls) AS calls FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = $1 AND s.query NOT ILIKE '%pg_stat_statements%'`,
    [database],
  );
  return Number(rows[0]?.calls ?? 0) / runs;
}

/**
 * The database's own time for the statements matching `pattern` since the
 * last reset (pg_stat_statements): what a request waits for Postgres, apart
 * from the page's render.
 */
export async function statementTime(sql: pg.Client, database: string, pattern: string): Promise<{ mean: number; max: number }> {
  const { rows } = await sql.query<{ mean: number | null; max: number | null }>(
    `SELECT sum(s.total_exec_time) / nullif(sum(s.calls), 0) AS mean, max(s.max_exec_time) AS max
       FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
      WHERE d.datname = $1 AND s.query LIKE $2`,
    [database, pattern],
  );
  return { mean: Number(rows[0]?.mean ?? 0), max: Number(rows[0]?.max ?? 0) };
}

/** The bytes of one answer as sent gzipped, and as the browser reads it. */
export function pageSize(url: string, cookie: string): Promise<{ sent: number; read: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { cookie, "accept-encoding": "gzip" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          const read = response.headers["content-encoding"] === "gzip" ? gunzipSync(body).length : body.length;
          resolve({ sent: body.length, read });
        });
        response.on("error", reject);
      })
      .on("error", reject);
  });
}
