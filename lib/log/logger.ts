import "server-only";
import pino from "pino";
import { createLogger } from "./create-logger.mjs";
import { currentLogFields } from "./log-context";

// Synchronous: a line written just before process.exit is not lost.
const stdout = pino.destination({ dest: 1, sync: true });
let sink: ((line: string) => void) | null = null;

/**
 * The app's logger: JSON lines on stdout (docs/decisions/028-structured-logs.md).
 * Lines written while serving a request carry its requestId; inside a job,
 * the job's name, id and the requestId of the request that queued it.
 * Level from LOG_LEVEL (default info). Never log an email address, a name, a
 * token or a message's text: ids and counts only.
 */
export const logger = createLogger({
  level: process.env.LOG_LEVEL,
  fields: currentLogFields,
  destination: { write: (line: string) => (sink ? sink(line) : stdout.write(line)) },
});

/** A logger whose lines name the part of the app that wrote them ("mail", "jobs", "telegram"…). */
export function componentLogger(component: string) {
  return logger.child({ component });
}

/** Tests send the lines elsewhere (test/support/captured-logs.ts); null goes back to stdout. */
export function setLogSink(write: ((line: string) => void) | null): void {
  sink = write;
}
