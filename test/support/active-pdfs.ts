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
