// What the web server decides before Next.js sees a request: who the client
// is (from the socket, or from a proxy we were told to trust), whether the URL
// can be decoded at all, and whether a write comes from our own pages. Plain
// JavaScript: it runs in the web server process, outside Next's build.
// See docs/decisions/018-web-server.md.
import { randomUUID } from "node:crypto";

const FORWARDING_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// RFC 8058 one-click unsubscribe: mail providers POST with no Origin; the signed token is the authority.
// Telegram's webhook posts with no Origin; its secret header is the authority (checked by the route).
const CROSS_ORIGIN_WRITES = new Set(["/api/unsubscribe", "/api/telegram/webhook"]);
export const MAX_URL_LENGTH = 4096;

/** "0" (the default) to "10": how many proxies we run in front of the app and trust to append to X-Forwarded-For. */
export function parseTrustedProxyHops(value) {
  if (value === undefined || value === "") return 0;
  if (!/^\d+$/.test(value) || Number(value) > 10) throw new Error("TRUSTED_PROXY_HOPS must be a whole number from 0 to 10");
  return Number(value);
}

function headerList(value) {
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function stripPort(address) {
  // "::ffff:1.2.3.4" is how Node reports an IPv4 client on a dual-stack socket.
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/**
 * The client's address: the socket's, unless `hops` proxies of ours stand in
 * front, in which case the entry `hops` from the right of X-Forwarded-For
 * (each proxy appends the address it saw; whatever is further left came from
 * the client and can be anything).
 */
export function resolveClient(headers, socket, hops) {
  const socketAddress = stripPort(socket.remoteAddress ?? "unknown");
  const socketProto = socket.encrypted ? "https" : "http";
  if (hops === 0) return { ip: socketAddress, host: headerList(headers.host)[0], proto: socketProto };
  const chain = headerList(headers["x-forwarded-for"]);
  const ip = chain.length === 0 ? socketAddress : stripPort(chain[Math.max(0, chain.length - hops)]);
  return {
    ip,
    host: headerList(headers["x-forwarded-host"]).at(-1) ?? headerList(headers.host)[0],
    proto: headerList(headers["x-forwarded-proto"]).at(-1) ?? socketProto,
  };
}

/** Replaces every forwarding header with the one answer we trust, so no code after this can read a forged one. */
export function rewriteForwardingHeaders(req, hops) {
  const client = resolveClient(req.headers, req.socket, hops);
  for (const name of FORWARDING_HEADERS) delete req.headers[name];
  req.headers["x-forwarded-for"] = client.ip;
  req.headers["x-forwarded-proto"] = client.proto === "https" ? "https" : "http";
  if (client.host) req.headers["x-forwarded-host"] = client.host;
  return client;
}

// What a proxy's id may look like: a UUID, HAProxy's or nginx's hex, a cloud's "Root=1-…".
const REQUEST_ID = /^[A-Za-z0-9._:=+/-]{8,128}$/;

/**
 * The request's id, set as its X-Request-Id for the app to read. A client's
 * own X-Request-Id is dropped: only a proxy of ours (TRUSTED_PROXY_HOPS > 0),
 * which sets or replaces it, is believed; and only one plausible id, never a
 * list or free text, since it lands in every log line.
 */
export function assignRequestId(req, hops) {
  const sent = req.headers["x-request-id"];
  const id = hops > 0 && typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID();
  req.headers["x-request-id"] = id;
  return id;
}

/** False when a path segment or a query parameter is not valid percent-encoded UTF-8. */
export function isDecodableUrl(url) {
  if (url.length > MAX_URL_LENGTH) return false;
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  try {
    for (const segment of path.split("/")) decodeURIComponent(segment);
    for (const part of query.split(/[&=]/)) decodeURIComponent(part.replace(/\+/g, " "));
  } catch {
    return false;
  }
  // A NUL or other control character has no business in a URL and trips up decoders further in.
  return !/%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(path);
}

/**
 * A write needs proof it comes from our own pages: an Origin equal to
 * APP_URL's, or (browsers that omit Origin) Sec-Fetch-Site: same-origin.
 * Host and X-Forwarded-Host play no part, so a forged one changes nothing.
 */
export function isAllowedWrite(req, appOrigin) {
  if (SAFE_METHODS.has(req.method ?? "GET")) return true;
  const pathname = (req.url ?? "/").split("?")[0];
  if (CROSS_ORIGIN_WRITES.has(pathname)) return true;
  const origin = req.headers.origin;
  if (origin !== undefined) return origin === appOrigin;
  return req.headers["sec-fetch-site"] === "same-origin";
}

/**
 * What to do with a request: pass it to Next (after the header rewrite), or
 * refuse it with a status; either way under the id it is logged by.
 */
export function guardRequest(req, { appOrigin, trustedProxyHops }) {
  rewriteForwardingHeaders(req, trustedProxyHops);
  const requestId = assignRequestId(req, trustedProxyHops);
  if (!isDecodableUrl(req.url ?? "/")) return { refuse: 400, requestId };
  if (!isAllowedWrite(req, appOrigin)) return { refuse: 403, requestId };
  return { refuse: null, requestId };
}
