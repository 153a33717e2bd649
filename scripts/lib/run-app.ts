import { allocatorEnv } from "./allocator-env";
import { supervise } from "./supervise";
import { WORKER_NODE_ARGS } from "./worker-command";

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
  supervise(
    [
      // Plain node: Next.js loads its own code, and the react-server condition would give it the wrong React.
      { name: "web server", command: process.execPath, args: ["scripts/web-server.mjs"], env: { ...env, NODE_ENV: options.mode, PORT: options.port } },
      { name: "worker", command: process.execPath, args: WORKER_NODE_ARGS, env },
    ],
    options.cleanup,
  );
}
