// One decoder thread runs one task and exits, so whatever the task took (heap,
// WebAssembly memory) is given back. Started by ../run-decoder.ts, which
// limits its heap and its time.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";

// On Linux, niceness is per thread: this one yields the CPU to the web server's
// thread whenever both want it, so a hostile file slows uploads, never pages.
let tid = null;
try {
  tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  setPriority(tid, 10);
} catch {
  // Not Linux: the thread runs at the web server's priority, still off its thread.
}
// The launcher reads this thread's CPU time at the deadline: a file is blamed only for CPU it had.
parentPort.postMessage({ started: true, tid });

const { task } = workerData;
try {
  if (task.kind === "pdf") {
    const { inspectPdf } = await import("./inspect-pdf.mjs");
    parentPort.postMessage({ ok: true, result: await inspectPdf(task.bytes) });
  } else {
    const { prepareImage } = await import("./prepare-image.mjs");
    // Copied back, not transferred: sharp's output may live outside the heap, where it cannot be moved.
    parentPort.postMessage({ ok: true, result: await prepareImage(task.bytes, task.type, task.limits) });
  }
} catch (error) {
  parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
