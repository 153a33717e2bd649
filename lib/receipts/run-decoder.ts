import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
// libvips must stay loaded for the life of the process: with glibc, a thread that
// loads it last and exits would unload it under the others (sharp's docs).
import sharp from "sharp";
import { DECODER_LIMITS, RECEIPT_LIMITS } from "./limits";
import { deadlineVerdict, threadCpuMs } from "./thread-cpu";

// libvips settings are process-wide: no cache of decoded images, one thread per image.
sharp.cache(false);
sharp.concurrency(1);

const WORKER_FILE = path.join(process.cwd(), "lib/receipts/decode/decoder-worker.mjs");

export type ImageType = "jpeg" | "png" | "webp" | "heic";
export type DecodedPdf = { ok: true; pageCount: number } | { ok: false; reason: "damaged" | "active"; found?: string };
export type DecodedImage =
  | { image: { format: "jpeg" | "png" | "webp"; data: Uint8Array; thumbnail: Uint8Array; width: number; height: number } }
  | { refused: string; status?: 413; detail?: string };

type Task = { kind: "pdf"; bytes: Uint8Array } | { kind: "image"; type: ImageType; bytes: Uint8Array };

/** Every decoder thread is taken and the wait was too long: come back later. */
export class DecoderBusyError extends Error {
  override name = "DecoderBusyError";
}

/** The file used up its time or memory, or crashed the decoder: the file's fault. */
export class DecoderGaveUpError extends Error {
  override name = "DecoderGaveUpError";
  constructor(readonly reason: "time" | "memory" | "crash") {
    super(`decoder gave up on the file (${reason})`);
  }
}

let running = 0;
const waiting: (() => void)[] = [];

/** A decoder thread slot, waited for at most DECODER_LIMITS.maxWaitMs. */
function acquire(): Promise<void> {
  if (running < DECODER_LIMITS.threads) {
    running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const start = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(start), 1);
      reject(new DecoderBusyError("no decoder thread free"));
    }, DECODER_LIMITS.maxWaitMs);
    waiting.push(start);
  });
}

function release() {
  // The slot passes straight to the next waiter, so `running` stays as it is.
  const next = waiting.shift();
  if (next) next();
  else running -= 1;
}

type WorkerMessage = { started: true; tid: number | null } | { ok: true; result: unknown } | { ok: false; error: string };

function runOnce(task: Task, timeMs: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { task: task.kind === "image" ? { ...task, limits: RECEIPT_LIMITS } : task },
      resourceLimits: { maxOldGenerationSizeMb: DECODER_LIMITS.heapMb },
    });
    // The thread's OS id once it runs (null where its CPU time cannot be read).
    let tid: number | null | undefined;
    let graced = false;
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    const timeUp = () => {
      // A thread that has not even started has had no CPU.
      const cpuMs = tid === undefined ? 0 : tid === null ? null : threadCpuMs(tid);
      const verdict = deadlineVerdict(cpuMs, DECODER_LIMITS.starvedBelowCpuMs, graced);
      if (verdict === "grace") {
        graced = true;
        timer = setTimeout(timeUp, DECODER_LIMITS.starvedGraceMs);
        return;
      }
      finish(() => reject(verdict === "busy" ? new DecoderBusyError("the decoder thread got no CPU") : new DecoderGaveUpError("time")));
    };
    let timer = setTimeout(timeUp, timeMs);
    worker.on("message", (message: WorkerMessage) => {
      if ("started" in message) tid = message.tid;
      else finish(() => (message.ok ? resolve(message.result) : reject(new DecoderGaveUpError("crash"))));
    });
    worker.once("error", (error: Error & { code?: string }) =>
      finish(() => reject(new DecoderGaveUpError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash"))),
    );
    worker.once("exit", () => finish(() => reject(new DecoderGaveUpError("crash"))));
  });
}

/**
 * Runs a file's decoding in a thread of its own (one task per thread, so its
 * memory goes when it ends), with a heap limit and a time limit, a few at a
 * time per process. The web server's own thread never parses a file. A thread
 * that a busy machine kept from the CPU until its deadline gets a grace period
 * and is then answered "busy", never "too complex" (thread-cpu.ts).
 */
export function decodePdf(bytes: Uint8Array): Promise<DecodedPdf> {
  return decode({ kind: "pdf", bytes }, DECODER_LIMITS.pdfTimeMs) as Promise<DecodedPdf>;
}

export function decodeImage(bytes: Uint8Array, type: ImageType): Promise<DecodedImage> {
  return decode({ kind: "image", type, bytes }, DECODER_LIMITS.imageTimeMs) as Promise<DecodedImage>;
}

async function decode(task: Task, timeMs: number): Promise<unknown> {
  await acquire();
  try {
    return await runOnce(task, timeMs);
  } finally {
    release();
  }
}
