import { existsSync } from "node:fs";

// Debian's libjemalloc2 (apt install libjemalloc2), on either architecture.
const JEMALLOC = ["/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", "/usr/lib/aarch64-linux-gnu/libjemalloc.so.2"];

/**
 * Environment for a server process so that memory freed after image work goes
 * back to the system: jemalloc when installed (sharp's own advice on glibc),
 * else glibc limited to two malloc arenas. An LD_PRELOAD already set is kept.
 * See docs/decisions/016-upload-work.md.
 */
export function allocatorEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  const jemalloc = JEMALLOC.find((file) => existsSync(file));
  return {
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "2",
    ...(jemalloc && !env.LD_PRELOAD ? { LD_PRELOAD: jemalloc } : {}),
  };
}
