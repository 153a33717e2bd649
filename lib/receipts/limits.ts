export const RECEIPT_LIMITS = {
  maxFileBytes: 10 * 1024 * 1024,
  /** Bigger images are refused before decoding: a small file can unpack to gigabytes of pixels. */
  maxPixels: 40_000_000,
  quotaBytesPerUser: 200 * 1024 * 1024,
  thumbnailSize: 320,
  /** Longest edge of a stored image, in pixels. */
  maxStoredEdge: 4096,
} as const;
