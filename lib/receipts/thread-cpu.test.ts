import { readlinkSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deadlineVerdict, threadCpuMs } from "./thread-cpu";

describe("a thread's CPU time", () => {
  it("grows with the work the thread does, and is unknown for a thread that does not exist", () => {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    const before = threadCpuMs(tid)!;
    const end = performance.now() + 200;
    let spin = 0;
    while (performance.now() < end) spin += Math.sqrt(spin + 1);
    expect(spin).toBeGreaterThan(0);
    // Ticks are 10 ms and the machine may be busy: most of the 200 ms, not all of it.
    expect(threadCpuMs(tid)! - before).toBeGreaterThanOrEqual(50);
    expect(threadCpuMs(2 ** 30)).toBeNull();
  });
});

describe("the verdict at a decoder's deadline", () => {
  it("blames the file only when the thread had the CPU", () => {
    expect(deadlineVerdict(3_000, 250, false)).toBe("time");
    expect(deadlineVerdict(100, 250, false)).toBe("grace");
    expect(deadlineVerdict(100, 250, true)).toBe("busy");
    expect(deadlineVerdict(400, 250, true)).toBe("time");
    expect(deadlineVerdict(null, 250, false)).toBe("time");
  });
});
