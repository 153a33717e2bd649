// Runs `prisma generate` without Prisma's native engines: generating the
// client needs none, but the CLI insists on finding a schema engine binary.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismaCli = require.resolve("prisma/build/index.js");

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
  env,
  stdio: "inherit",
});
if (result.error) {
  console.error(`prisma generate failed: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
