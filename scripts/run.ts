// `npm run dev` / `npm start`: brings up what the environment does not name
// (Postgres, mail), applies pending migrations, then runs the web server and
// the worker. Ctrl-C stops all of it.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { parseEnv, serverEnvSchema } from "@/lib/env/schema";
import { startLocalServices, type LocalServices } from "./lib/local-services";
import { onShutdown } from "./lib/on-shutdown";

const mode = process.argv[2] === "start" ? "production" : "development";
const require = createRequire(import.meta.url);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let services: LocalServices;
try {
  services = await startLocalServices(mode);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const env: NodeJS.ProcessEnv = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...services.env, NODE_ENV: mode };
try {
  parseEnv(serverEnvSchema, env);
} catch (error) {
  await services.stop();
  fail(error instanceof Error ? error.message : String(error));
}

try {
  const applied = await prepareDatabase(env.DATABASE_URL!);
  console.log(applied.length ? `migrations: applied ${applied.join(", ")}` : "migrations: up to date");
} catch (error) {
  await services.stop();
  fail(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`);
}

const nextBin = require.resolve("next/dist/bin/next");
const children: ChildProcess[] = [
  spawn(process.execPath, [nextBin, mode === "production" ? "start" : "dev", "--port", env.PORT!], {
    env,
    stdio: "inherit",
  }),
  spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "worker.ts"], { env, stdio: "inherit" }),
];

let shuttingDown = false;
async function shutdown(code: number) {
  if (shuttingDown) return;
  shuttingDown = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
        }),
    ),
  );
  await services.stop();
  process.exit(code);
}

for (const child of children) {
  child.once("exit", (code, signal) => {
    if (!shuttingDown) {
      console.error(`a process stopped (${signal ?? `exit ${code}`}); stopping the rest`);
      void shutdown(code || 1);
    }
  });
}
onShutdown(() => void shutdown(0));
console.log(`simcase: ${mode} server at ${env.APP_URL}`);
