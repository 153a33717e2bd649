// `npm run db:migrate:deploy`: applies pending migrations (and job queues) to
// DATABASE_URL, or to the embedded development database when it is unset.
import { prepareDatabase } from "../lib/prepare-database";
import { startLocalServices } from "../lib/local-services";

const services = process.env.DATABASE_URL ? null : await startLocalServices("development");
const url = process.env.DATABASE_URL ?? services!.env.DATABASE_URL!;
try {
  const applied = await prepareDatabase(url);
  console.log(applied.length ? `applied: ${applied.join(", ")}` : "no pending migrations");
} catch (error) {
  console.error(`migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await services?.stop();
}
// The WebAssembly schema engine leaves a 10 s timer armed after it is freed:
// without this, every run (each test database's migration too) waited it out.
process.exit();
