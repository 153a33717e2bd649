import { format } from "node:util";
import { afterEach, beforeEach, vi } from "vitest";

// A console.error during a test is a bug somewhere, even when the assertions pass.
let errors: string[] = [];
let spy: { mockRestore(): void } | undefined;

beforeEach(() => {
  errors = [];
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(format(...args));
  });
});

afterEach(() => {
  spy?.mockRestore();
  if (errors.length > 0) {
    throw new Error(`console.error was called during the test:\n${errors.join("\n")}`);
  }
});
