import { spawn, type ChildProcess } from "node:child_process";
import { onShutdown } from "./on-shutdown";

export type ProcessSpec = { name: string; command: string; args: string[]; env: NodeJS.ProcessEnv };

/**
 * Runs every process until Ctrl-C / SIGTERM or until one of them stops; then
 * sends the others SIGTERM (SIGKILL after 15 s), runs `cleanup` (the local
 * services: Postgres last) and exits. One process stopping takes the others
 * down: a half-running cluster would look healthy while it is not.
 */
export function supervise(specs: ProcessSpec[], cleanup: () => Promise<void>): void {
  const children: ChildProcess[] = specs.map((spec) => {
    const child = spawn(spec.command, spec.args, { env: spec.env, stdio: "inherit" });
    child.once("exit", (code, signal) => {
      if (!shuttingDown) {
        console.error(`${spec.name} stopped (${signal ?? `exit ${code}`}); stopping the rest`);
        void shutdown(code || 1);
      }
    });
    return child;
  });

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
    await cleanup();
    process.exit(code);
  }
  onShutdown(() => void shutdown(0));
}
