// Runs in a decoder thread (see ../run-decoder.ts): pdf-lib parses the whole
// file in JavaScript, which for a hostile file can take minutes of CPU.
import { Buffer } from "node:buffer";
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from "pdf-lib";

/** Keys whose mere presence makes a PDF active: scripts, triggers, attached files, XFA forms, Flash. */
const ACTIVE_KEYS = ["JS", "JavaScript", "AA", "Launch", "EmbeddedFiles", "EmbeddedFile", "EF", "XFA", "RichMedia", "RichMediaContent"];
/** Action types that run, open or send something; /GoTo, /URI (a clicked link) and /Named are navigation. */
const ACTIVE_ACTIONS = ["JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "RichMediaExecute", "Rendition", "Sound", "Movie"];
const ACTIVE_TYPES = ["EmbeddedFile", "Filespec"];
const ACTIVE_SUBTYPES = ["FileAttachment", "RichMedia", "Screen", "Movie", "Sound", "3D"];

const nameOf = (value) => (value instanceof PDFName ? value.decodeText() : null);

/** What makes this dictionary active, or null. */
function activeEntry(dict, context) {
  for (const key of ACTIVE_KEYS) if (dict.has(PDFName.of(key))) return `/${key}`;
  const action = nameOf(dict.get(PDFName.of("S")));
  if (action && ACTIVE_ACTIONS.includes(action)) return `/S /${action}`;
  const type = nameOf(dict.get(PDFName.of("Type")));
  if (type && ACTIVE_TYPES.includes(type)) return `/Type /${type}`;
  const subtype = nameOf(dict.get(PDFName.of("Subtype")));
  if (subtype && ACTIVE_SUBTYPES.includes(subtype)) return `/Subtype /${subtype}`;
  const open = dict.get(PDFName.of("OpenAction"));
  if (open) {
    // A destination (page and view) only decides where the reader opens; anything else acts on opening.
    const resolved = context.lookup(open);
    if (!(resolved instanceof PDFArray) && !(resolved instanceof PDFDict && nameOf(resolved.get(PDFName.of("S"))) === "GoTo")) {
      return "/OpenAction";
    }
  }
  return null;
}

/** Every dictionary in the file, including those nested in arrays and other dictionaries. */
function* dictionaries(document) {
  const stack = [document.context.trailerInfo.Root, ...document.context.enumerateIndirectObjects().map(([, object]) => object)];
  const seen = new Set();
  while (stack.length > 0) {
    const object = stack.pop();
    if (!object || seen.has(object)) continue;
    seen.add(object);
    if (object instanceof PDFStream || object instanceof PDFRawStream) stack.push(object.dict);
    else if (object instanceof PDFDict) {
      yield object;
      for (const [, value] of object.entries()) stack.push(value);
    } else if (object instanceof PDFArray) stack.push(...object.asArray());
  }
}

/**
 * The PDF's page count, or the reason it is refused: "damaged" when it does
 * not parse, "active" (with what was found) when it carries active content.
 */
export async function inspectPdf(bytes) {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(-1024).toString("latin1");
  if (!tail.includes("%%EOF")) return { ok: false, reason: "damaged" };
  let document;
  try {
    document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return { ok: false, reason: "damaged" };
  }
  for (const dict of dictionaries(document)) {
    const found = activeEntry(dict, document.context);
    if (found) return { ok: false, reason: "active", found };
  }
  let pageCount = 0;
  try {
    pageCount = document.getPageCount();
  } catch {
    return { ok: false, reason: "damaged" };
  }
  return pageCount > 0 ? { ok: true, pageCount } : { ok: false, reason: "damaged" };
}
