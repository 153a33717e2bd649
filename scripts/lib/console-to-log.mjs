// Next.js writes its own lines with console.*, as text: a route's uncaught
// error as `⨯ Error: …` and its stack over many lines, an unknown server
// action's warning. The production web server sends console.* through its
// logger instead, so every line it writes is one JSON object that a log
// collector can read and filter by requestId (docs/decisions/028-structured-logs.md).
import { format, types } from "node:util";

const LEVELS = { error: "error", warn: "warn", log: "info", info: "info", debug: "debug", trace: "debug" };
// Colours and Next.js's glyphs (⨯ ⚠ ○ ✓ ▲ ») say nothing that the level does not.
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const GLYPH = /^\s*[⨯⚠○✓▲»](\s+|$)/u;

const isError = (value) => value instanceof Error || types.isNativeError(value);

/** A console call's arguments as one line: its first error (message and stack kept apart, in `err`) and the text of the rest. */
export function consoleLine(args) {
  const err = args.find(isError);
  const text = format(...args.filter((arg) => arg !== err))
    .replace(ANSI, "")
    .replace(GLYPH, "")
    .trim();
  const msg = err ? [text.replace(/:$/, ""), err.message].filter(Boolean).join(": ") : text;
  return err ? { err, msg } : { msg };
}

/**
 * From now on console.error, warn, log, info, debug and trace, and Node's
 * process warnings, are lines of `log` (component "next", "node"), carrying
 * the request id like every other line written while serving a request.
 */
export function routeConsoleToLog(log) {
  for (const [method, level] of Object.entries(LEVELS)) {
    console[method] = (...args) => {
      const { err, msg } = consoleLine(args);
      log[level](err ? { component: "next", err } : { component: "next" }, msg);
    };
  }
  // Node's own handler writes a warning to stderr as text.
  process.removeAllListeners("warning");
  process.on("warning", (warning) => log.warn({ component: "node", err: warning }, warning.message));
}
