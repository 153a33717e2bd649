import { spawn, type ChildProcess } from "node:child_process";
import { onShutdown } from "./on-shutdown";

export type ProcessSpec = { name: string; command: string; args: string[]; env: NodeJS.ProcessEnv };

export type Restarts = {
  /** A process that stops sooner than this after it was started has failed to start, not crashed. */
  startupMs: number;
  /** The first wait before a restart; it doubles while restarts keep failing, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Restarts in a row that each failed to start before the supervisor gives up. */
  maxFailedRestarts: number;
};

const RESTARTS: Restarts = { startupMs: 10_000, firstDelayMs: 1_000, maxDelayMs: 30_000, maxFailedRestarts: 5 };

/**
 * Runs every process until Ctrl-C / SIGTERM; then sends them SIGTERM (SIGKILL
 * after 15 s), runs `cleanup` (the local services: Postgres last) and exits.
 *
 * A process that stops after it has run (a crash, the OOM killer, a `kill`)
 * or is killed (a `kill`, the OOM killer) is started again, alone: a killed
 * worker must not take the site down with it, and a site whose worker stayed
 * dead would look healthy while no reminder goes out. A process that exits as
 * it starts (bad configuration, a port in use), or stops as it starts on
 * every restart in a row, stops everything with its exit code: starting it
 * again would not help.
 */
export function supervise(specs: ProcessSpec[], cleanup: () => Promise<void>, restarts: Restarts = RESTARTS): void {
  let shuttingDown = false;
  const running = new Map<ProcessSpec, ChildProcess>();
  const pending = new Set<NodeJS.Timeout>();

  function start(spec: ProcessSpec, failedRestarts: number, delayMs: number, firstStart: boolean) {
    const child = spawn(spec.command, spec.args, { env: spec.env, stdio: "inherit" });
    const startedAt = Date.now();
    running.set(spec, child);
    child.once("exit", (code, signal) => {
      running.delete(spec);
      if (shuttingDown) return;
      const how = signal ?? `exit ${code}`;
      const quick = Date.now() - startedAt < restarts.startupMs;
      // Killed by a signal, it was stopped from outside: worth starting again even as it started.
      if (quick && firstStart && !signal) {
        console.error(`${spec.name} stopped (${how}) as it started; stopping the rest`);
        void shutdown(code || 1);
        return;
      }
      const failed = quick ? failedRestarts + 1 : 0;
      if (failed >= restarts.maxFailedRestarts) {
        console.error(`${spec.name} stopped (${how}) after ${failed} restarts in a row; stopping the rest`);
        void shutdown(code || 1);
        return;
      }
      const delay = quick ? delayMs : restarts.firstDelayMs;
      console.error(`${spec.name} stopped (${how}); starting it again in ${Math.round(delay / 100) / 10} s`);
      const timer = setTimeout(() => {
        pending.delete(timer);
        if (!shuttingDown) start(spec, failed, Math.min(delay * 2, restarts.maxDelayMs), false);
      }, delay);
      pending.add(timer);
    });
  }

  async function shutdown(code: number) {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const timer of pending) clearTimeout(timer);
    await Promise.all(
      [...running.values()].map(
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

  for (const spec of specs) start(spec, 0, restarts.firstDelayMs, true);
  onShutdown(() => void shutdown(0));
}
