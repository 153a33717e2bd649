import path from "node:path";
import { defineConfig } from "vitest/config";
import { LongWaitsFirst } from "./test/integration/sequencer.ts";

const root = import.meta.dirname;
const UNIT_FILES = ["*.test.ts", "lib/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}", "edge/**/*.test.ts", "components/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"];
const UNIT_FILES_ALONE = ["lib/receipts/run-decoder.test.ts"];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Outside React's server build "server-only" throws on import; tests are server code.
      "server-only": path.join(root, "test/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    // A file's own worker thread, not its own child process: the same
    // isolation (a fresh module graph per file) for a fifth less CPU, as no
    // process is started and no Node runtime loaded per file (032).
    pool: "threads",
    setupFiles: ["test/support/fail-on-console-error.ts"],
    // Vitest reads the sequencer from the root config only: set on the
    // integration project it was silently ignored. It orders only the
    // integration files it names.
    sequence: { sequencer: LongWaitsFirst },
    // Prisma's schema engine is a WebAssembly ES module (migrations, drift test).
    execArgv: ["--experimental-wasm-modules", "--disable-warning=ExperimentalWarning"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: UNIT_FILES,
          exclude: ["**/*.integration.test.{ts,tsx}", "node_modules/**", ...UNIT_FILES_ALONE],
        },
      },
      {
        // Decoder threads run at low priority and answer "busy" when other
        // work keeps them from the CPU: their test runs after the other unit
        // files, which `npm run test:unit` runs four at a time because many
        // of them wait on timers and child processes.
        extends: true,
        test: { name: "unit-alone", include: UNIT_FILES_ALONE, sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.integration.test.ts", "app/**/*.integration.test.ts", "scripts/**/*.integration.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          setupFiles: ["test/integration/setup.ts"],
          // A database per test worker, wiped before each test. Most of the
          // time here is waiting (on workers, outages, timers), so
          // `npm run test:integration` runs more workers than there are cores:
          // six, so the long waits started first (see the sequencer) leave
          // lanes for the CPU-bound files. Those (receipts through sharp and
          // the PDF decoders, exports, backups) then take ten times their
          // time alone: the export test, 3 s alone, ran past 30 s in a full
          // run. A limit that stops a hung test, not a slow machine.
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
