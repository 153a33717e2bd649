import type { Logger } from "pino";

export function consoleLine(args: unknown[]): { err?: Error; msg: string };
export function routeConsoleToLog(log: Logger): void;
