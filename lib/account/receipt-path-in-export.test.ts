import { describe, expect, it } from "vitest";
import { receiptPathInExport } from "./receipt-path-in-export";

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("receiptPathInExport", () => {
  it("keeps a usual name whole", () => {
    expect(receiptPathInExport({ id: "r1", caseId: "c1", fileName: "Smart receipt.jpg" })).toBe("receipts/c1/r1-Smart receipt.jpg");
  });

  it("cuts a name too long for a file system on a character's edge, keeping its extension", () => {
    const fileName = `${"收据".repeat(50)}.jpg`;
    const path = receiptPathInExport({ id: "r".repeat(40), caseId: "c1", fileName });
    const name = path.split("/").pop()!;
    expect(bytes(name)).toBeLessThanOrEqual(240);
    expect(name.startsWith(`${"r".repeat(40)}-收据`)).toBe(true);
    expect(name.endsWith(".jpg")).toBe(true);
    expect(name).not.toContain("\ufffd");
  });

  it("never cuts an emoji sequence in half", () => {
    const family = "👨‍👩‍👧";
    const path = receiptPathInExport({ id: "r1", caseId: "c1", fileName: `${family.repeat(30)}.jpg` });
    const stem = path.split("/").pop()!.slice("r1-".length, -".jpg".length);
    expect(stem.length % family.length).toBe(0);
    expect(stem.replaceAll(family, "")).toBe("");
  });
});
