import { spawn, type ChildProcess } from "node:child_process";
import { allocatorEnv } from "./allocator-env";
import { onShutdown } from "./on-shutdown";

/**
 * Runs the web server (scripts/web-server.mjs: Next.js behind our own
 * node:http server, in development or production mode) and the worker with `env`
 * until Ctrl-C / SIGTERM or until either stops; then stops the other, calls
 * `cleanup` (the local services: Postgres last) and exits.
 */
export function runApp(options: {
  mode: "development" | "production";
  env: NodeJS.ProcessEnv;
  port: string;
  cleanup: () => Promise<void>;
}): void {
  // With glibc's default allocator, memory freed after image work is rarely handed back.
  const env = { ...options.env, ...allocatorEnv(options.env) };
  const children: ChildProcess[] = [
    // Plain node: Next.js loads its own code, and the react-server condition would give it the wrong React.
    spawn(process.execPath, ["scripts/web-server.mjs"], {
      env: { ...env, NODE_ENV: options.mode, PORT: options.port },
      stdio: "inherit",
    }),
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "worker.ts"], {
      env,
      stdio: "inherit",
    }),
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
    await options.cleanup();
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
}
