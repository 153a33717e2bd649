import { setLogSink } from "@/lib/log/logger";

export type LogLine = { level: string; time: string; msg: string; requestId?: string; component?: string; job?: string; jobId?: string } & Record<string, unknown>;

let lines: LogLine[] = [];

/**
 * In tests the app's log lines go here instead of stdout; error and fatal
 * ones are handed to `onError` (fail-on-console-error.ts turns them into a
 * failed test, as a console.error would be).
 */
export function captureLogs(onError: (line: string) => void): void {
  lines = [];
  setLogSink((line) => {
    const parsed = JSON.parse(line) as LogLine;
    lines.push(parsed);
    if (parsed.level === "error" || parsed.level === "fatal") onError(line.trimEnd());
  });
}

/** The lines logged so far in this test. */
export function capturedLogs(): readonly LogLine[] {
  return lines;
}

/** The JSON log lines in a child process's output (a worker's), skipping anything else it printed. */
export function parseLogLines(output: string): LogLine[] {
  return output.split("\n").flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });
}
