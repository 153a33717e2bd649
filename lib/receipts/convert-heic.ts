import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";

const WORKER_FILE = path.join(process.cwd(), "lib/receipts/heic-worker.mjs");
const TIMEOUT_MS = 30_000;

let queue: Promise<unknown> = Promise.resolve();

/** The file could not be decoded: the upload's fault, unlike a worker that failed to run. */
export class HeicDecodeError extends Error {
  override name = "HeicDecodeError";
}

/**
 * HEIC to JPEG in a worker thread, one conversion at a time per process (each
 * can take hundreds of MB while decoding), given up after 30 seconds.
 */
export function convertHeicToJpeg(input: Buffer): Promise<Buffer> {
  const run = queue.then(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        const worker = new Worker(WORKER_FILE, {
          workerData: { input },
          resourceLimits: { maxOldGenerationSizeMb: 512 },
        });
        const timer = setTimeout(() => {
          void worker.terminate();
          reject(new HeicDecodeError("HEIC conversion took too long"));
        }, TIMEOUT_MS);
        worker.once("message", (message: { ok: true; output: Uint8Array } | { ok: false; error: string }) => {
          clearTimeout(timer);
          void worker.terminate();
          if (message.ok) resolve(Buffer.from(message.output));
          else reject(new HeicDecodeError(message.error));
        });
        worker.once("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}
