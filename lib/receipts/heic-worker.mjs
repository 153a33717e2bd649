// Runs in a worker thread: decoding HEVC (WebAssembly) and encoding JPEG
// (plain JavaScript) take seconds of CPU, which must not stall the web server.
import { Buffer } from "node:buffer";
import { parentPort, workerData } from "node:worker_threads";
import convert from "heic-convert";

try {
  const output = await convert({ buffer: workerData.input, format: "JPEG", quality: 0.92 });
  parentPort.postMessage({ ok: true, output: Buffer.from(output) });
} catch (error) {
  parentPort.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
