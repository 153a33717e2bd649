// A server action's request body, read and checked by the web server before
// Next.js decodes it. Next.js answers a body it cannot decode (a cut-off
// multipart form, arguments that are not JSON) or one over its size limit with
// a bare 500; here such a body gets a 400 or 413 instead. The body that passes
// is handed to Next.js in a request that replays it.
// See docs/decisions/025-action-bodies.md.
import { Buffer } from "node:buffer";
import { IncomingMessage } from "node:http";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const busboy = require("next/dist/compiled/busboy");

/** Next.js's default `serverActions.bodySizeLimit` (1 MB): nothing bigger reaches an action. */
export const ACTION_BODY_LIMIT = 1024 * 1024;
// Route handlers read their own bodies (receipt uploads are many megabytes).
const NOT_PAGES = /^\/(api|healthz|readyz)(\/|$|\?)/;

/** A request Next.js would treat as a server action call (same test as Next's own), to a page. */
export function isPossibleActionRequest(req) {
  if (req.method !== "POST" || NOT_PAGES.test(req.url ?? "/")) return false;
  const contentType = req.headers["content-type"] ?? "";
  return req.headers["next-action"] !== undefined || contentType === "application/x-www-form-urlencoded" || contentType.startsWith("multipart/form-data");
}

/** The whole body, or null once it passes `limit` bytes (the rest is drained, unread); rejects if the client goes away first. */
export function readBody(req, limit = ACTION_BODY_LIMIT) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.resume();
        return resolve(null);
      }
      chunks.push(chunk);
    };
    let ended = false;
    req.on("data", onData);
    req.on("end", () => {
      ended = true;
      resolve(size > limit ? null : Buffer.concat(chunks));
    });
    req.on("error", reject);
    // A client that goes away mid-body ends nothing: settle rather than wait forever.
    req.on("close", () => ended || reject(new Error("the request closed before its body ended")));
  });
}

function parsesAs(text, isWanted = () => true) {
  try {
    return isWanted(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Every field of a multipart body, or null when it does not parse as one. */
function multipartFields(headers, body) {
  return new Promise((resolve) => {
    let parser;
    try {
      parser = busboy({ headers, defParamCharset: "utf8" });
    } catch {
      return resolve(null);
    }
    const fields = [];
    parser.on("field", (name, value) => fields.push([name, value]));
    parser.on("file", (name, stream) => {
      fields.push([name, null]);
      // A file cut off by the end of the body fails on its own stream too; the parser's error says so.
      stream.on("error", () => undefined);
      stream.resume();
    });
    parser.on("error", () => resolve(null));
    parser.on("close", () => resolve(fields));
    parser.end(body);
  });
}

/**
 * Whether every "$" string in a decoded chunk is one our forms send and that
 * resolves: an escaped "$$" string, undefined, a form ("$K1", read from the
 * "1_" fields) or a chunk that is there. React's decoder waits for any other
 * reference until the body ends, then fails the whole call.
 */
function referencesResolve(value, hasChunk) {
  if (typeof value === "string") {
    if (!value.startsWith("$") || value.startsWith("$$") || value.startsWith("$K") || value === "$undefined") return true;
    const chunk = /^\$@?([0-9a-f]+)$/.exec(value);
    return chunk !== null && hasChunk(parseInt(chunk[1], 16));
  }
  if (typeof value !== "object" || value === null) return true;
  return Object.values(value).every((item) => referencesResolve(item, hasChunk));
}

/**
 * A form posted without JavaScript is read by the platform's FormData parser
 * (undici), which is stricter than busboy (a missing final line break fails it).
 */
async function parsesAsFormData(contentType, body) {
  try {
    await new globalThis.Response(body, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/** The browser's call: JSON chunks "0", "1"..., of which "0", the list of arguments, is an array. */
function isDecodableCall(fields) {
  // React reads a part as chunk `+name` whenever that is a number: " " or "01" would
  // land on chunk 0 or 1 a second time, which it cannot take (a 500). Only canonical, unique ids.
  const seen = new Set();
  for (const [name] of fields) {
    const id = Number(name);
    if (Number.isNaN(id)) continue;
    if (!/^\d+$/.test(name) || String(id) !== name || seen.has(id)) return false;
    seen.add(id);
  }
  const chunks = new Map(fields.filter(([name]) => /^\d+$/.test(name)).map(([name, value]) => [Number(name), value]));
  // The root is chunk 0; the browser never refers back to it.
  const hasChunk = (id) => id !== 0 && chunks.has(id);
  for (const value of chunks.values()) {
    if (value === null || !parsesAs(value, (json) => referencesResolve(json, hasChunk))) return false;
  }
  return parsesAs(chunks.get(0) ?? "", Array.isArray);
}

/**
 * A form posted without JavaScript: "$ACTION_1:0" describes the action
 * ({"id", "bound": "$@1"}), "$ACTION_1:1" holds its bound arguments, an array.
 */
function isDecodableFormPost(fields) {
  const parts = new Map(fields.filter(([name]) => /^\$ACTION_\d+:\d+$/.test(name)));
  for (const [name, value] of parts) {
    const hasChunk = (id) => parts.has(name.replace(/:\d+$/, `:${id}`));
    if (value === null || !parsesAs(value, (json) => referencesResolve(json, hasChunk))) return false;
    if (!name.endsWith(":0")) continue;
    const descriptor = JSON.parse(value);
    if (typeof descriptor !== "object" || descriptor === null || typeof descriptor.id !== "string") return false;
    if (descriptor.bound === null || descriptor.bound === undefined) continue;
    const bound = typeof descriptor.bound === "string" && /^\$@(\d+)$/.exec(descriptor.bound);
    if (!bound || !parsesAs(parts.get(name.replace(/:0$/, `:${bound[1]}`)) ?? "", Array.isArray)) return false;
  }
  return true;
}

/**
 * Whether Next.js can decode this as an action call: a multipart body that
 * both of its parsers read, with named parts, whose argument fields are JSON
 * of the expected shape; a text body that is a JSON array of arguments.
 */
export async function isDecodableActionBody(headers, body) {
  const contentType = headers["content-type"] ?? "";
  const fromBrowser = headers["next-action"] !== undefined;
  if (contentType.startsWith("multipart/form-data")) {
    const fields = await multipartFields(headers, body);
    if (!fields || !(await parsesAsFormData(contentType, body))) return false;
    // Browsers name every part they send.
    if (fields.some(([name]) => !name)) return false;
    return fromBrowser ? isDecodableCall(fields) : isDecodableFormPost(fields);
  }
  if (fromBrowser && contentType !== "application/x-www-form-urlencoded") {
    // The whole body is the root chunk: there is no other to refer to.
    return parsesAs(body.toString("utf8"), (json) => Array.isArray(json) && referencesResolve(json, () => false));
  }
  return true;
}

/** The same request with its body, already read, to be read again. */
export function replayRequest(req, body) {
  const replay = new IncomingMessage(req.socket);
  for (const key of ["method", "url", "headers", "rawHeaders", "httpVersion", "httpVersionMajor", "httpVersionMinor"]) replay[key] = req[key];
  replay.complete = true;
  // The body is all here: never read from the socket, which belongs to the next request on it.
  replay._read = () => {};
  replay.push(body);
  replay.push(null);
  return replay;
}
