// The pages the web server answers with itself, before (or instead of) Next.js:
// 400 for a URL or an action's form that cannot be decoded, 403 for a write
// from another site, 413 for an action's form over the size limit, 503 while
// the database is away. Same words as the app, in the reader's language.
import { readFileSync } from "node:fs";
import { Buffer } from "node:buffer";
import path from "node:path";

const LOCALES = ["en", "zh"];
const LOCALE_TAGS = { en: "en-GB", zh: "zh-Hans-CN" };
const KINDS = { 400: "badRequest", 403: "forbidden", 413: "tooLarge", 503: "unavailable" };
export const RETRY_AFTER_SECONDS = 30;

function loadTexts(dir) {
  return Object.fromEntries(
    LOCALES.map((locale) => [locale, JSON.parse(readFileSync(path.join(dir, "messages", `${locale}.json`), "utf8")).serverPages]),
  );
}

/** The visitor's chosen language (the NEXT_LOCALE cookie), else the browser's first supported one. */
export function pickLocale(headers) {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(headers.cookie ?? "")?.[1];
  if (LOCALES.includes(cookie)) return cookie;
  const ranked = (headers["accept-language"] ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((param) => param.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { primary: tag.split("-")[0], q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.q > 0 && LOCALES.includes(entry.primary))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.primary ?? "en";
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function createRefusalPages(dir = process.cwd()) {
  const texts = loadTexts(dir);
  /** Writes the whole response: status, headers and a small self-contained page (`kind` picks other words than the status's). */
  return function sendRefusal(req, res, status, kind = KINDS[status]) {
    const locale = pickLocale(req.headers);
    const t = texts[locale];
    const body = `<!doctype html>
<html lang="${LOCALE_TAGS[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t[`${kind}Title`])}</title>
<style>body{margin:0;font-family:system-ui,"Noto Sans SC","Noto Sans CJK SC",sans-serif;color:#0f172a;background:#f8fafc}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;margin:0 0 .75rem}p{color:#334155;line-height:1.5}
a{display:inline-flex;min-height:2.75rem;align-items:center;color:#0f766e;font-weight:500}</style></head>
<body><main><h1>${escapeHtml(t[`${kind}Title`])}</h1><p>${escapeHtml(t[`${kind}Body`])}</p>
<a href="/">${escapeHtml(t.backHome)}</a></main></body></html>
`;
    const headers = {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
      "Cache-Control": "no-store",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      ...(status === 503 ? { "Retry-After": String(RETRY_AFTER_SECONDS) } : {}),
    };
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}
