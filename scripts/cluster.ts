// `npm run cluster`: the production build as several machines would run it,
// on one: WEB_SERVERS web servers (default: one per CPU, at least 2) and
// WORKERS workers (default 2) on one Postgres, behind HAProxy on PORT. The
// proxy's config is written to .data/cluster/haproxy.cfg. Ctrl-C stops it all.
// Needs `npm run build` and HAProxy (`apt-get install haproxy`).
// See docs/decisions/020-cluster.md.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { prepareDatabase } from "./lib/prepare-database";
import { parseEnv, serverEnvSchema } from "@/lib/env/schema";
import { allocatorEnv } from "./lib/allocator-env";
import { haproxyConfig } from "./lib/haproxy-config";
import { WORKER_NODE_ARGS } from "./lib/worker-command";
import { DATA_DIR, startLocalServices } from "./lib/local-services";
import { supervise, type ProcessSpec } from "./lib/supervise";

const clusterSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  WEB_SERVERS: z.coerce.number().int().min(1).max(64).default(Math.max(2, os.availableParallelism())),
  WORKERS: z.coerce.number().int().min(1).max(64).default(2),
  /** The web servers listen on the ports after this one, on loopback only. */
  CLUSTER_BASE_PORT: z.coerce.number().int().min(1).max(65000).default(3100),
  HAPROXY_BIN: z.string().default("/usr/sbin/haproxy"),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const config = parseEnv(clusterSchema, process.env);
if (!existsSync(".next/BUILD_ID")) fail("npm run cluster runs the production build: run `npm run build` first");
if (!existsSync(config.HAPROXY_BIN)) fail(`HAProxy not found at ${config.HAPROXY_BIN}: apt-get install haproxy (or set HAPROXY_BIN)`);

const services = await startLocalServices("production").catch((error: unknown) => fail(String(error instanceof Error ? error.message : error)));
const env: NodeJS.ProcessEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  ...process.env,
  ...services.env,
  NODE_ENV: "production",
  // Behind the proxy: the client's address is the entry it appends.
  TRUSTED_PROXY_HOPS: "1",
};
// The same allocator as `npm start`: memory freed after image work goes back to the system.
Object.assign(env, allocatorEnv(env));
try {
  parseEnv(serverEnvSchema, env);
  const applied = await prepareDatabase(env.DATABASE_URL!);
  console.log(applied.length ? `migrations: applied ${applied.join(", ")}` : "migrations: up to date");
} catch (error) {
  await services.stop();
  fail(error instanceof Error ? error.message : String(error));
}

const web = Array.from({ length: config.WEB_SERVERS }, (_, i) => ({ name: `web${i + 1}`, port: config.CLUSTER_BASE_PORT + 1 + i }));
const dir = path.join(DATA_DIR, "cluster");
await mkdir(dir, { recursive: true });
const haproxyFile = path.join(dir, "haproxy.cfg");
await writeFile(
  haproxyFile,
  haproxyConfig({ listen: `:${config.PORT}`, servers: web.map((server) => ({ name: server.name, address: `127.0.0.1:${server.port}` })) }),
);

const specs: ProcessSpec[] = [
  ...web.map((server) => ({
    name: server.name,
    command: process.execPath,
    args: ["scripts/web-server.mjs"],
    env: { ...env, PORT: String(server.port) },
  })),
  ...Array.from({ length: config.WORKERS }, (_, i) => ({
    name: `worker${i + 1}`,
    command: process.execPath,
    args: WORKER_NODE_ARGS,
    env,
  })),
  // -db: stay in the foreground, so Ctrl-C and the supervisor reach it.
  { name: "haproxy", command: config.HAPROXY_BIN, args: ["-db", "-f", haproxyFile], env },
];
supervise(specs, () => services.stop());
console.log(`simcase: ${config.WEB_SERVERS} web servers and ${config.WORKERS} workers behind HAProxy at ${env.APP_URL} (config: ${haproxyFile})`);
