import { describe, expect, it } from "vitest";
import { junkPaddedPdf } from "@/test/support/active-pdfs";
import * as corpus from "@/test/support/receipt-corpus";
import { DECODER_LIMITS } from "./limits";
import { DecoderBusyError, DecoderGaveUpError, decodeImage, decodePdf } from "./run-decoder";

// 4 MB of junk takes pdf-lib far longer than the PDF time limit.
const junk = () => junkPaddedPdf(4 * 1024 * 1024);

describe("decoder threads", () => {
  it("decode a PDF and a photo off the calling thread", async () => {
    expect(await decodePdf(await corpus.pdf(2))).toEqual({ ok: true, pageCount: 2 });
    const decoded = await decodeImage(await corpus.jpegWithGps(), "jpeg");
    expect(decoded).toMatchObject({ image: { format: "jpeg", width: 300, height: 400 } });
  });

  it("give up on a junk-padded PDF at the time limit, while this thread stays free", async () => {
    const ticks: string[] = [];
    const timer = setInterval(() => ticks.push("tick"), 100);
    const outcome = decodePdf(await junk()).then(
      () => "decoded",
      (error: unknown) => (error instanceof DecoderGaveUpError ? error.reason : String(error)),
    );
    try {
      expect(await outcome).toBe("time");
    } finally {
      clearInterval(timer);
    }
    // pdf-lib on this thread would have blocked every timer until it finished.
    expect(ticks.length).toBeGreaterThan(5);
  }, 30_000);

  it("turn a file away as busy when every thread stays taken past the longest wait", async () => {
    expect(DECODER_LIMITS.maxWaitMs).toBeGreaterThan(DECODER_LIMITS.pdfTimeMs);
    expect(DECODER_LIMITS.maxWaitMs).toBeLessThan(2 * DECODER_LIMITS.pdfTimeMs);
    const file = await junk();
    // Two rounds fill every thread; the one file after them waits longer than allowed.
    const outcomes = await Promise.all(
      Array.from({ length: 2 * DECODER_LIMITS.threads + 1 }, () =>
        decodePdf(file).then(
          () => "decoded",
          (error: unknown) => (error instanceof DecoderBusyError ? "busy" : error instanceof DecoderGaveUpError ? error.reason : String(error)),
        ),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "time")).toHaveLength(2 * DECODER_LIMITS.threads);
    expect(outcomes.filter((outcome) => outcome === "busy")).toHaveLength(1);
    // The slots were all given back.
    expect(await decodePdf(await corpus.pdf(1))).toEqual({ ok: true, pageCount: 1 });
  }, 90_000);
});
