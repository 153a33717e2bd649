import { PDFDocument, PDFName, PDFString, type PDFDict } from "pdf-lib";

// PDFs that carry active content, made the way real ones are, and harmless look-alikes.

async function build(change: (document: PDFDocument) => void | Promise<void>, options: { useObjectStreams?: boolean } = {}) {
  const document = await PDFDocument.create();
  document.addPage([300, 400]).drawText("Receipt", { x: 20, y: 350 });
  await change(document);
  return Buffer.from(await document.save(options));
}

const script = (document: PDFDocument) =>
  document.context.obj({ S: "JavaScript", JS: PDFString.of("app.alert('hello')") });

function linkAnnotation(document: PDFDocument, action: PDFDict) {
  const page = document.getPage(0);
  const annotation = document.context.register(
    document.context.obj({ Type: "Annot", Subtype: "Link", Rect: [0, 0, 100, 100], Border: [0, 0, 0], A: action }),
  );
  page.node.set(PDFName.of("Annots"), document.context.obj([annotation]));
}

/** A script that runs on opening, as in the attack report (/OpenAction → /JavaScript). */
export const openActionJavaScript = () =>
  build((document) => document.catalog.set(PDFName.of("OpenAction"), document.context.register(script(document))));

/** A document-level script in the /Names tree. */
export const namedJavaScript = () =>
  build((document) => {
    const tree = document.context.obj({ Names: [PDFString.of("init"), document.context.register(script(document))] });
    document.catalog.set(PDFName.of("Names"), document.context.obj({ JavaScript: tree }));
  });

/** A script triggered when the first page opens (/AA, additional actions). */
export const pageAdditionalActions = () =>
  build((document) => document.getPage(0).node.set(PDFName.of("AA"), document.context.obj({ O: script(document) })));

/** A link that launches a program. */
export const launchAction = () =>
  build((document) => linkAnnotation(document, document.context.obj({ S: "Launch", F: PDFString.of("calc.exe") })));

/** A file attached to the document (/EmbeddedFiles). */
export const embeddedFile = () =>
  build((document) => document.attach(Buffer.from("MZ not really a program"), "readme.exe", { mimeType: "application/octet-stream" }));

/** A link running a script whose names are written with #-escapes (/J#61vaScript), in plain objects rather than object streams. */
export async function escapedJavaScript(): Promise<Buffer> {
  const plain = await build((document) => linkAnnotation(document, script(document)), { useObjectStreams: false });
  return Buffer.from(plain.toString("latin1").replace("/S /JavaScript", "/S /J#61vaScript").replace("/JS ", "/J#53 "), "latin1");
}

/** Harmless: opens at the first page, fitted (/OpenAction as a destination), with a web link. */
export const openAtFirstPageWithLink = () =>
  build((document) => {
    document.catalog.set(PDFName.of("OpenAction"), document.context.obj([document.getPage(0).ref, PDFName.of("Fit")]));
    linkAnnotation(document, document.context.obj({ S: "URI", URI: PDFString.of("https://www.cootel.com.kh/") }));
  });

/** A tiny valid PDF followed by junk bytes ("AAAA…") and a final %%EOF: cheap to send, slow for pdf-lib to parse. */
export async function junkPaddedPdf(totalBytes = 10 * 1024 * 1024 - 1024): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.addPage([300, 400]).drawText("Receipt", { x: 20, y: 350 });
  const head = Buffer.from(await document.save());
  const tail = Buffer.from("\n%%EOF\n");
  return Buffer.concat([head, Buffer.alloc(totalBytes - head.length - tail.length, "A"), tail]);
}

/** A PDF written by hand: each [number, body] in order, the cross-reference table pointing at the offsets `xrefTo` gives (by default each number's first definition). */
function handWritten(objects: [number, string][], xrefTo?: (offsets: Map<number, number[]>) => Map<number, number>): Buffer {
  let out = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets = new Map<number, number[]>();
  for (const [number, body] of objects) {
    offsets.set(number, [...(offsets.get(number) ?? []), out.length]);
    out += `${number} 0 obj\n${body}\nendobj\n`;
  }
  const chosen = xrefTo?.(offsets) ?? new Map([...offsets].map(([number, at]) => [number, at[0]!]));
  const size = Math.max(...offsets.keys()) + 1;
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let number = 1; number < size; number++) out += `${String(chosen.get(number) ?? 0).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const catalogOpening = (number: number): [number, string][] => [
  [1, `<< /Type /Catalog /Pages 2 0 R /OpenAction ${number} 0 R >>`],
  [2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"],
  [3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"],
];

/**
 * An object defined twice: the cross-reference table points at the first, a
 * script run on opening (what a reader opens); the second, a harmless "go to
 * page 1", is the one a parser that keeps the last definition sees. Names
 * #-escaped, so the raw bytes hold no "JavaScript".
 */
export const duplicateObjectJavaScript = () =>
  handWritten([...catalogOpening(4), [4, "<< /S /J#61vaScript /J#53 (app.alert\\(1\\)) >>"], [4, "<< /S /GoTo /D [3 0 R /Fit] >>"]]);

/**
 * A program launched on opening, defined inside another object's stream where
 * only the cross-reference table finds it; the object of that number a parser
 * meets at the top level is a harmless "go to page 1".
 */
export function launchHiddenInStream(): Buffer {
  const hidden = "4 0 obj\n<< /S /Launch /F (calc.exe) >>\nendobj\n";
  const objects: [number, string][] = [
    ...catalogOpening(4),
    [5, `<< /Length ${hidden.length} >>\nstream\n${hidden}\nendstream`],
    [4, "<< /S /GoTo /D [3 0 R /Fit] >>"],
  ];
  return handWritten(objects, (offsets) => {
    const chosen = new Map([...offsets].map(([number, at]) => [number, at[0]!]));
    // Object 4's entry: inside object 5's stream, where "4 0 obj" starts.
    const stream = offsets.get(5)![0]!;
    chosen.set(4, stream + `5 0 obj\n<< /Length ${hidden.length} >>\nstream\n`.length);
    return chosen;
  });
}
