import { availableParallelism } from "node:os";
import { MAX_RECEIPT_FILE_BYTES } from "./max-file-bytes";

export const RECEIPT_LIMITS = {
  maxFileBytes: MAX_RECEIPT_FILE_BYTES,
  /** Bigger images are refused before decoding: a small file can unpack to gigabytes of pixels. */
  maxPixels: 40_000_000,
  quotaBytesPerUser: 200 * 1024 * 1024,
  thumbnailSize: 320,
  /** Longest edge of a stored image, in pixels. */
  maxStoredEdge: 4096,
  /** Receipt bytes one proof pack takes in; later receipts are listed only, so a pack stays a file that opens and fits in memory. */
  proofPackBytes: 40 * 1024 * 1024,
} as const;

const DECODER_THREADS = Math.min(4, Math.max(2, availableParallelism() - 1));

/**
 * How much upload work one web process takes on. See docs/decisions/016-upload-work.md.
 * A real receipt PDF parses in milliseconds and a phone's HEIC photo converts in
 * a few seconds; a file that takes longer is refused rather than waited for.
 */
export const DECODER_LIMITS = {
  /** Decoder threads at once: one per core but one (left to the web server), at least 2, at most 4. */
  threads: DECODER_THREADS,
  /** Uploads being received, waiting or decoded at once, per process and per user. */
  uploadsPerProcess: DECODER_THREADS + 2,
  uploadsPerUser: 2,
  /**
   * Longest wait for a free thread before the upload is turned away as
   * "busy". With pdfTimeMs it bounds how long an upload waits for its answer
   * (about 14 s, under the 20 s promised): more than one PDF's time, so a
   * file queued behind one gets its turn, and less than two.
   */
  maxWaitMs: 8_000,
  // Generous: decoder threads run at low priority, so on a busy machine a real file waits for CPU too.
  pdfTimeMs: 6_000,
  imageTimeMs: 20_000,
  /**
   * A thread that had less CPU than this by its deadline was kept from the CPU
   * (nice 10 on a busy machine), not held up by its file: it gets
   * starvedGraceMs more, then the upload is answered "busy". A junk PDF uses
   * far more than this in its 6 s; a real one needs a fraction of it in all.
   * With the grace an answer still comes within 8 + 6 + 5 = 19 s.
   */
  starvedBelowCpuMs: 1_000,
  starvedGraceMs: 5_000,
  /** V8 heap of one decoder thread (resourceLimits); libvips and WebAssembly memory are bounded by maxPixels. */
  heapMb: 192,
  /** What a refused "busy" upload is told to wait, in seconds (Retry-After). */
  retryAfterSeconds: 10,
} as const;
