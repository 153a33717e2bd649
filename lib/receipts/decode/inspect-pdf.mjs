// Runs in a decoder thread (see ../run-decoder.ts): pdf-lib parses the whole
// file in JavaScript, which for a hostile file can take minutes of CPU.
import { Buffer } from "node:buffer";
import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFStream } from "pdf-lib";

/** Keys whose mere presence makes a PDF active: scripts, triggers, attached files, XFA forms, Flash. */
const ACTIVE_KEYS = ["JS", "JavaScript", "AA", "Launch", "EmbeddedFiles", "EmbeddedFile", "EF", "XFA", "RichMedia", "RichMediaContent"];
/** Action types that run, open or send something; /GoTo, /URI (a clicked link) and /Named are navigation. */
const ACTIVE_ACTIONS = ["JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "RichMediaExecute", "Rendition", "Sound", "Movie"];
const ACTIVE_TYPES = ["EmbeddedFile", "Filespec"];
const ACTIVE_SUBTYPES = ["FileAttachment", "RichMedia", "Screen", "Movie", "Sound", "3D"];

/**
 * Names that only active content uses, long enough never to turn up by chance
 * in compressed bytes, looked for in the raw file: a reader follows the
 * cross-reference table to an object's offset, which may be a definition that
 * pdf-lib never parses (inside another object's stream, say).
 */
const RAW_ACTIVE_NAMES = new Set(["JavaScript", "Launch", "SubmitForm", "ImportData", "GoToR", "GoToE", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "RichMediaContent", "RichMediaExecute", "Rendition"]);

/** Every object each parse assigned, by context: pdf-lib keeps only the last definition of a number, a reader may open an earlier one. */
const everyObject = new WeakMap();
const assign = PDFContext.prototype.assign;
PDFContext.prototype.assign = function (ref, object) {
  let objects = everyObject.get(this);
  if (!objects) everyObject.set(this, (objects = []));
  objects.push(object);
  return assign.call(this, ref, object);
};

/** The first active name written anywhere in the file, #-escapes decoded as a reader decodes them. */
function rawActiveName(text) {
  for (const match of text.matchAll(/\/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2}){5,24})(?![A-Za-z0-9#])/g)) {
    const name = match[1].replace(/#([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    if (RAW_ACTIVE_NAMES.has(name)) return `/${name}`;
  }
  return null;
}

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

/** Every dictionary in the file, every definition of each object number, and those nested in arrays and other dictionaries. */
function* dictionaries(document) {
  const stack = [document.context.trailerInfo.Root, ...(everyObject.get(document.context) ?? [])];
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
  const raw = rawActiveName(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
  if (raw) return { ok: false, reason: "active", found: raw };
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
