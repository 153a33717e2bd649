import { describe, expect, it } from "vitest";
import * as active from "@/test/support/active-pdfs";
import * as corpus from "@/test/support/receipt-corpus";
import { inspectPdf } from "./inspect-pdf.mjs";

describe("inspectPdf", () => {
  it("counts the pages of a plain PDF", async () => {
    expect(await inspectPdf(await corpus.pdf(3))).toEqual({ ok: true, pageCount: 3 });
  });

  it("accepts an opening view and a web link: navigation, not action", async () => {
    expect(await inspectPdf(await active.openAtFirstPageWithLink())).toEqual({ ok: true, pageCount: 1 });
  });

  it.each([
    // Whichever of the file's active parts is met first is named.
    ["a script run on opening", active.openActionJavaScript, /^\/(JS|OpenAction|S \/JavaScript)$/],
    ["a document-level script", active.namedJavaScript, /^\/(JS|JavaScript|S \/JavaScript)$/],
    ["a page's additional actions", active.pageAdditionalActions, /^\/(AA|JS|S \/JavaScript)$/],
    ["a link launching a program", active.launchAction, /^\/(S \/)?Launch$/],
    ["an attached file", active.embeddedFile, /^\/(EmbeddedFiles?|EF|Type \/EmbeddedFile|Type \/Filespec)$/],
    ["a script with #-escaped names", active.escapedJavaScript, /^\/(JS|(S \/)?JavaScript)$/],
    ["a script in the first of two definitions of one object, the one a reader opens", active.duplicateObjectJavaScript, /^\/(JS|(S \/)?JavaScript)$/],
    ["a program launched from a definition hidden in another object's stream", () => Promise.resolve(active.launchHiddenInStream()), /^\/Launch$/],
  ])("finds %s", async (_name, make, found) => {
    const inspection = await inspectPdf(await make());
    expect(inspection).toMatchObject({ ok: false, reason: "active" });
    expect(inspection.ok ? null : inspection.found).toMatch(found);
  });

  it("decodes #-escaped names as a reader does", async () => {
    const bytes = await active.escapedJavaScript();
    expect(bytes.includes(Buffer.from("/S /J#61vaScript"))).toBe(true);
    expect(bytes.includes(Buffer.from("/JavaScript"))).toBe(false);
    expect(await inspectPdf(bytes)).toMatchObject({ ok: false, reason: "active" });
  });

  it("finds scripts hidden in compressed object streams", async () => {
    const bytes = await active.openActionJavaScript();
    // pdf-lib writes dictionaries into deflated object streams: the name is not in the raw bytes.
    expect(bytes.includes(Buffer.from("JavaScript"))).toBe(false);
    expect(await inspectPdf(bytes)).toMatchObject({ ok: false, reason: "active" });
  });

  it("calls a file without its end marker or that does not parse damaged", async () => {
    const whole = await corpus.pdf(1);
    expect(await inspectPdf(whole.subarray(0, 300))).toEqual({ ok: false, reason: "damaged" });
    expect(await inspectPdf(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(100, "x"), Buffer.from("\n%%EOF")]))).toEqual({
      ok: false,
      reason: "damaged",
    });
  });
});
