import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";
import { captureLogs } from "./captured-logs";

// A console.error during a test is a bug somewhere, even when the assertions
// pass; so is a line the app logs at level error or fatal (the logger writes
// to stdout itself, not through console: captured-logs.ts catches it).
let errors: string[] = [];
let spy: { mockRestore(): void } | undefined;
captureLogs((line) => errors.push(line));

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
  captureLogs((line) => errors.push(line));
});

afterEach(() => {
  spy?.mockRestore();
  if (errors.length > 0) {
    throw new Error(`console.error was called (or an error logged) during the test:\n${errors.join("\n")}`);
  }
});
