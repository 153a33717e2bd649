import { describe, expect, it } from "vitest";
import { uploadHeadersSchema } from "./schemas";

describe("uploadHeadersSchema", () => {
  it("takes the longest name a phone gives a file, in Chinese, as the browser encodes it", () => {
    const name = `${"收".repeat(251)}.jpg`;
    const parsed = uploadHeadersSchema.parse({ fileName: encodeURIComponent(name), stepId: null });
    expect(parsed.fileName).toBe(name);
  });

  it("says why a name is refused: missing, or longer than any file system keeps", () => {
    const message = (fileName: string | null) => uploadHeadersSchema.safeParse({ fileName, stepId: null }).error?.issues[0]?.message;
    expect(message(null)).toBe("receipts.fileNameMissing");
    expect(message("")).toBe("receipts.fileNameMissing");
    expect(message(encodeURIComponent("收".repeat(300)))).toBe("receipts.fileNameTooLong");
  });

  it("refuses a name that is not URI-encoded text", () => {
    expect(uploadHeadersSchema.safeParse({ fileName: "%E6%94", stepId: null }).success).toBe(false);
  });
});
