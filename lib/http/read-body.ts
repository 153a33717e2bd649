/**
 * Reads a request body as it arrives, giving up as soon as it passes `limit`
 * bytes: an oversize upload is refused without being held in memory whole.
 * Returns null when the body is over the limit. The bytes land in one buffer
 * of their own (sized from Content-Length when given), never in a list of
 * chunks plus a copy, so it can be handed to a worker thread without copying.
 */
export async function readBodyWithLimit(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  let buffer = Buffer.allocUnsafeSlow(Number.isInteger(declared) && declared >= 0 ? declared : 64 * 1024);
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > limit) {
      await reader.cancel();
      return null;
    }
    if (size + value.byteLength > buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.min(limit, Math.max(buffer.length * 2, size + value.byteLength)));
      buffer.copy(grown, 0, 0, size);
      buffer = grown;
    }
    buffer.set(value, size);
    size += value.byteLength;
  }
  return size === buffer.length ? buffer : buffer.subarray(0, size);
}
