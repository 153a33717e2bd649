import type { DestinationStream, Logger } from "pino";

export const LOG_LEVELS: readonly ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
export function scrubText(text: string): string;
export function requestIdOfCurrentRequest(): string | undefined;
export function createLogger(options: {
  level: string | undefined;
  fields: () => Record<string, unknown> | undefined;
  destination: DestinationStream;
}): Logger;
