import { describe, expect, it } from "vitest";
import { readBodyWithLimit } from "./read-body";

function request(chunks: Uint8Array[], contentLength?: number) {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const headers = contentLength === undefined ? {} : { "content-length": String(contentLength) };
  return new Request("http://localhost/upload", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe("readBodyWithLimit", () => {
  it("reads the body whole, with or without a declared length", async () => {
    const chunks = [bytes(3, 1), bytes(100_000, 2), bytes(5, 3)];
    const expected = Buffer.concat(chunks);
    expect((await readBodyWithLimit(request(chunks, expected.length), 1_000_000))!.equals(expected)).toBe(true);
    expect((await readBodyWithLimit(request(chunks), 1_000_000))!.equals(expected)).toBe(true);
  });

  it("is not fooled by a declared length that is wrong", async () => {
    const chunks = [bytes(10, 1), bytes(10, 2)];
    expect((await readBodyWithLimit(request(chunks, 5), 100))!.equals(Buffer.concat(chunks))).toBe(true);
    expect((await readBodyWithLimit(request(chunks, 50), 100))!.equals(Buffer.concat(chunks))).toBe(true);
    expect(await readBodyWithLimit(request([bytes(60, 1), bytes(60, 2)], 10), 100)).toBeNull();
  });

  it("gives up past the limit, declared or not", async () => {
    expect(await readBodyWithLimit(request([bytes(10, 1)], 101), 100)).toBeNull();
    expect(await readBodyWithLimit(request([bytes(60, 1), bytes(41, 2)]), 100)).toBeNull();
    expect((await readBodyWithLimit(request([bytes(60, 1), bytes(40, 2)]), 100))!.length).toBe(100);
  });
});
