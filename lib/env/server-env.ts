import { parseEnv, serverEnvSchema, type ServerEnv } from "./schema";

let cached: ServerEnv | undefined;

/** The validated environment; parsed on first use so `next build` needs none of it. */
export function serverEnv(): ServerEnv {
  cached ??= parseEnv(serverEnvSchema, process.env);
  return cached;
}

/** For process entry points: a bad environment ends the process with one line. */
export function assertServerEnv(): ServerEnv {
  try {
    return serverEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
