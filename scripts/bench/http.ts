// `npm run bench:http`: the web server under load, against a raw baseline in
// the same run. Needs a production build (`npm run build`). Seeds 255,000
// cases (5,000 for the user under test, 50,000 for another, 500 for a third) in a fresh
// embedded Postgres with pg_stat_statements, then prints:
// - "My cases" requests/s for `npm start`'s web server and for a node:http + pg handler
//   returning the same rows gzipped (scripts/bench/http/baseline-server.ts),
//   and their ratio; then for one web server per CPU behind HAProxy (as
//   `npm run cluster` runs them), when HAProxy is installed;
// - the list page's size, gzipped and read, beside the baseline's;
// - SQL statements per request for the list, a search, the dashboard and a
//   case page, counted by Postgres;
// - list latency (p50/p95) at 500 cases (under the count's cap) and 5,000;
// - search latency (p50/p95) at 5,000 and at 50,000 cases.
// BENCH_WEB_ARGS adds node flags to the web server (e.g. --cpu-prof).
// Prints figures; asserts nothing.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { haproxyConfig } from "@/scripts/lib/haproxy-config";
import { freePort, migrate } from "@/test/support/test-database";
import { pageSize, sequentialLatency, statementsPerRequest, statementTime, throughput } from "./http/measure";
import { seedCases } from "./seed-cases";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
// Each server is first loaded as it is measured, so none is measured while its code is still being compiled.
const WARM_UP_SECONDS = 3;
/** 1 for the figures; smaller to try the script out quickly. */
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const DATABASE = "simcase_bench_http";

if (!existsSync(".next/BUILD_ID")) {
  console.error("bench:http measures the production build: run `npm run build` first");
  process.exit(1);
}

const children: ChildProcess[] = [];
function start(name: string, args: string[], env: Record<string, string>, ready: RegExp): Promise<void> {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => ready.test(chunk.toString()) && resolve());
    child.once("exit", (code) => reject(new Error(`${name} stopped (${code})`)));
  });
}

const HAPROXY = process.env.HAPROXY_BIN ?? "/usr/sbin/haproxy";

/**
 * One web server per CPU behind HAProxy, configured as `npm run cluster` does:
 * the one already running and as many more as it takes. Returns the proxy's
 * address once every server is in rotation, or null without HAProxy.
 */
async function behindHaproxy(firstPort: number, startWeb: (port: number, appUrl: string) => Promise<void>, dir: string) {
  if (!existsSync(HAPROXY)) return null;
  const count = Math.max(2, os.availableParallelism());
  const proxyPort = await freePort();
  const ports = [firstPort];
  for (let i = 1; i < count; i++) ports.push(await freePort());
  await Promise.all(ports.slice(1).map((port) => startWeb(port, `http://localhost:${proxyPort}`)));
  const config = path.join(dir, "haproxy.cfg");
  const servers = ports.map((port, i) => ({ name: `web${i + 1}`, address: `127.0.0.1:${port}` }));
  await writeFile(config, haproxyConfig({ listen: `127.0.0.1:${proxyPort}`, servers }));
  const proxy = spawn(HAPROXY, ["-db", "-f", config], { stdio: ["ignore", "ignore", "inherit"] });
  children.push(proxy);
  // In rotation once a health check passed: every server has answered when `count` requests in a row succeed.
  const url = `http://127.0.0.1:${proxyPort}`;
  for (let ok = 0, tries = 0; ok < count * 2; tries++) {
    if (tries > 300) throw new Error("HAProxy did not put the web servers in rotation");
    const status = await fetch(`${url}/healthz`).then((response) => response.status, () => 0);
    ok = status === 200 ? ok + 1 : 0;
    if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, servers: count };
}

const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-bench-http-"));
const postgres = await startEmbeddedPostgres({
  dataDir: path.join(dir, "data"),
  port: await freePort(),
  persistent: false,
  settings: { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" },
});
try {
  await postgres.createDatabase(DATABASE);
  const url = postgres.urlFor(DATABASE);
  await migrate(url);
  const sql = new pg.Client({ connectionString: url });
  await sql.connect();
  // Postgres stops under this client at the end; that is not news.
  sql.on("error", () => undefined);
  await sql.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
  const seedStart = Date.now();
  const counts = await seedCases(sql, {
    heavy: Math.round(5_000 * SCALE),
    veryHeavy: Math.round(50_000 * SCALE),
    mid: Math.round(500 * SCALE),
    total: Math.round(255_000 * SCALE),
    otherUsers: 199,
  });
  console.log(`seeded ${counts.cases} cases, ${counts.steps} steps in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`);
  const cookies: Record<string, string> = {};
  for (const user of ["bench-user-0", "bench-user-big", "bench-user-mid"]) {
    const token = randomBytes(24).toString("base64url");
    await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, user]);
    cookies[user] = `authjs.session-token=${token}`;
  }

  const [appPort, basePort] = [await freePort(), await freePort()];
  const app = `http://127.0.0.1:${appPort}`;
  const base = `http://127.0.0.1:${basePort}`;
  const authSecret = randomBytes(32).toString("base64url");
  // The same start path as `npm start`: Next.js behind scripts/web-server.mjs.
  const startWeb = (port: number, appUrl: string) =>
    start("web server", [...(process.env.BENCH_WEB_ARGS?.split(" ").filter(Boolean) ?? []), "scripts/web-server.mjs"], {
      NODE_ENV: "production",
      DATABASE_URL: url,
      AUTH_SECRET: authSecret,
      APP_URL: appUrl,
      SMTP_URL: "smtp://127.0.0.1:1",
      PORT: String(port),
    }, /listening/);
  await Promise.all([
    startWeb(appPort, `http://localhost:${appPort}`),
    start("baseline", ["--import", "tsx", "scripts/bench/http/baseline-server.ts"], { DATABASE_URL: url, PORT: String(basePort) }, /listening/),
  ]);

  const heavy = cookies["bench-user-0"]!;
  console.log(`\nstatements per request (pg_stat_statements, the user with 5,000 cases)`);
  for (const [name, route] of [["list", "/cases"], ["search", "/cases?q=SIM%204321"], ["dashboard", "/"], ["case page", "/cases/case-0"]] as const) {
    console.log(`  ${name.padEnd(12)} ${(await statementsPerRequest(sql, DATABASE, `${app}${route}`, heavy)).toFixed(1)}`);
  }
  console.log(`  ${"baseline".padEnd(12)} ${(await statementsPerRequest(sql, DATABASE, `${base}/cases`, heavy)).toFixed(1)}`);

  const [appSize, baseSize] = [await pageSize(`${app}/cases`, heavy), await pageSize(`${base}/cases`, heavy)];
  console.log(`\n"My cases" answer size: web server ${(appSize.sent / 1024).toFixed(1)} KB gzipped (${(appSize.read / 1024).toFixed(1)} KB read), baseline ${(baseSize.sent / 1024).toFixed(1)} KB (${(baseSize.read / 1024).toFixed(1)} KB)`);
  console.log(`\n"My cases" under load: ${SECONDS} s, 16 connections`);
  await throughput(`${app}/cases`, heavy, WARM_UP_SECONDS);
  const appLoad = await throughput(`${app}/cases`, heavy, SECONDS);
  await throughput(`${base}/cases`, heavy, WARM_UP_SECONDS);
  const baseLoad = await throughput(`${base}/cases`, heavy, SECONDS);
  for (const [name, figures] of [["web server", appLoad], ["baseline", baseLoad]] as const) {
    console.log(`  ${name.padEnd(12)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ${figures.p50} ms  p99 ${figures.p99} ms  errors ${figures.errors}`);
  }
  console.log(`  ratio        ${(appLoad.rps / baseLoad.rps).toFixed(3)}x the baseline`);
  const proxied = await behindHaproxy(appPort, startWeb, dir);
  if (proxied) {
    // Warmed as the single server was: round-robin gives each its share.
    await throughput(`${proxied.url}/cases`, heavy, WARM_UP_SECONDS);
    const clusterLoad = await throughput(`${proxied.url}/cases`, heavy, SECONDS);
    console.log(`  ${`${proxied.servers} servers`.padEnd(12)} ${clusterLoad.rps.toFixed(0).padStart(6)} req/s  p50 ${clusterLoad.p50} ms  p99 ${clusterLoad.p99} ms  errors ${clusterLoad.errors}  (one per CPU behind HAProxy)`);
    console.log(`  ratio        ${(clusterLoad.rps / baseLoad.rps).toFixed(3)}x the baseline (one web server: ${(appLoad.rps / baseLoad.rps).toFixed(3)}x)`);
  } else console.log(`  (no HAProxy at ${HAPROXY}: the one-per-CPU figure is skipped)`);

  /** One request at a time for each owner: the app's page, the baseline's answer and the page's statement in Postgres. */
  const oneAtATime = async (route: string, statement: string, owners: (readonly [string, string])[]) => {
    for (const [user, owned] of owners) {
      await sql.query("SELECT pg_stat_statements_reset()");
      const appTimes = await sequentialLatency(`${app}${route}`, cookies[user]!, 50);
      const inDatabase = await statementTime(sql, DATABASE, statement);
      const baseTimes = await sequentialLatency(`${base}${route}`, cookies[user]!, 50);
      console.log(
        `  ${owned.padStart(6)} cases: app ${appTimes.p50.toFixed(1)} / ${appTimes.p95.toFixed(1)}, baseline ${baseTimes.p50.toFixed(1)} / ${baseTimes.p95.toFixed(1)}, ` +
          `statement ${inDatabase.mean.toFixed(1)} / ${inDatabase.max.toFixed(1)}`,
      );
    }
  };
  const legend = "(p50 / p95 ms; the page's statement in Postgres: mean / max ms)";
  console.log(`\n"My cases", one request at a time ${legend}`);
  await oneAtATime("/cases", "%hits AS MATERIALIZED%", [["bench-user-mid", "500"], ["bench-user-0", "5,000"]]);
  console.log(`\nsearch "SIM 4321", one request at a time ${legend}`);
  await oneAtATime("/cases?q=SIM%204321", "%hits AS MATERIALIZED%ILIKE%", [["bench-user-0", "5,000"], ["bench-user-big", "50,000"]]);
  await sql.end();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  for (const child of children) child.kill("SIGTERM");
  await postgres.stop();
  await rm(dir, { recursive: true, force: true });
}
