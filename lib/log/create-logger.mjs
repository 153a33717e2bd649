// The one shape of every log line, for the app (lib/log/logger.ts) and the
// web server (scripts/web-server.mjs), which runs outside Next's build and so
// cannot import TypeScript. See docs/decisions/028-structured-logs.md.
import pino from "pino";

// The web server runs each request in this AsyncLocalStorage (lib/http/request-state.ts).
const REQUEST_STATE = Symbol.for("simcase.request-state");
// Error texts from SMTP servers and the like can quote an address; no address
// reaches the log. Neither side of an address holds a slash, so a stack frame's
// path through a scoped package (node_modules/@prisma/client/…/x.js) stays.
const EMAIL = /[^\s@<>"'(),;:[\]/\\]+@[^\s@<>"'(),;:[\]/\\]+\.[A-Za-z]{2,}/g;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** The text with anything that looks like an email address replaced by "[email]". */
export function scrubText(text) {
  return text.replace(EMAIL, "[email]");
}

/** The id of the request this code runs for, when the web server is serving one. */
export function requestIdOfCurrentRequest() {
  return globalThis[REQUEST_STATE]?.getStore()?.requestId;
}

function scrubValue(value) {
  if (typeof value === "string") return scrubText(value);
  if (value instanceof Error || value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, typeof field === "string" ? scrubText(field) : field]));
}

function serializeError(error) {
  const serialized = pino.stdSerializers.err(error);
  if (!serialized || typeof serialized !== "object") return serialized;
  return { ...serialized, message: scrubText(String(serialized.message ?? "")), stack: serialized.stack && scrubText(String(serialized.stack)) };
}

/**
 * One JSON object a line: level (its name), time (ISO 8601), pid, hostname,
 * the fields of `fields()` (the request id, the job) and msg. Lines under
 * `level` are not written; "silent" writes none.
 */
export function createLogger({ level, fields, destination }) {
  return pino(
    {
      level: LOG_LEVELS.includes(level) ? level : "info",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => fields() ?? {},
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map(scrubValue));
        },
      },
    },
    destination,
  );
}
