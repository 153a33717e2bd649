// `npm run dev` / `npm start`: brings up what the environment does not name
// (Postgres, mail), applies pending migrations, then runs the web server and
// the worker. Ctrl-C stops all of it.
import { prepareDatabase } from "./lib/prepare-database";
import { parseEnv, serverEnvSchema } from "@/lib/env/schema";
import { startLocalServices, type LocalServices } from "./lib/local-services";
import { runApp } from "./lib/run-app";

const mode = process.argv[2] === "start" ? "production" : "development";

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

runApp({ mode, env, port: env.PORT!, cleanup: () => services.stop() });
console.log(`simcase: ${mode} server at ${env.APP_URL}`);
