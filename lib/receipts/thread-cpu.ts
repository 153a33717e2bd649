import "server-only";
import { readFileSync } from "node:fs";

// /proc reports CPU time in USER_HZ ticks, which Linux fixes at 100 a second.
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds one thread of this process has had (user and system), or
 * null where /proc cannot tell (not Linux, or the thread has ended).
 */
export function threadCpuMs(tid: number): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export type DeadlineVerdict = "grace" | "busy" | "time";

/**
 * At a decoder's deadline: a thread that had real CPU and is not done has a
 * file that costs too much ("time"); one that barely ran was kept from the CPU
 * by a busy machine, which is no fault of the file: it gets one grace period,
 * then the upload is told to come back ("busy"). `cpuMs` null: unknown, so the
 * wall clock decides.
 */
export function deadlineVerdict(cpuMs: number | null, starvedBelowMs: number, graced: boolean): DeadlineVerdict {
  if (cpuMs === null || cpuMs >= starvedBelowMs) return "time";
  return graced ? "busy" : "grace";
}
