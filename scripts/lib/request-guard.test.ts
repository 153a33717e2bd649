import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { assignRequestId, guardRequest, isAllowedWrite, isDecodableUrl, parseTrustedProxyHops, resolveClient } from "./request-guard.mjs";

const socket = { remoteAddress: "::ffff:198.51.100.7" };
const APP = "https://simcase.example";

function request(fields: { method?: string; url?: string; headers?: Record<string, string> }): IncomingMessage {
  return { method: "GET", url: "/", socket, ...fields, headers: { host: "simcase.example", ...fields.headers } } as unknown as IncomingMessage;
}

describe("the client's address", () => {
  it("is the socket's when no proxy is trusted, whatever X-Forwarded-* the client sends", () => {
    const headers = { host: "simcase.example", "x-forwarded-for": "1.1.1.1", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
    expect(resolveClient(headers, socket, 0)).toEqual({ ip: "198.51.100.7", host: "simcase.example", proto: "http" });
  });

  it("is the entry N hops from the right behind N trusted proxies", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2", "x-forwarded-proto": "https", "x-forwarded-host": "simcase.example" };
    expect(resolveClient(headers, socket, 1).ip).toBe("10.0.0.2");
    expect(resolveClient(headers, socket, 2)).toEqual({ ip: "203.0.113.9", host: "simcase.example", proto: "https" });
    // Fewer entries than hops: the leftmost is what the outermost proxy that was passed saw.
    expect(resolveClient(headers, socket, 5).ip).toBe("6.6.6.6");
    // No header at all behind a proxy: the request came straight to us.
    expect(resolveClient({}, socket, 1).ip).toBe("198.51.100.7");
  });

  it("leaves exactly one X-Forwarded-For for the app, and drops X-Real-IP and Forwarded", () => {
    const req = request({ headers: { "x-forwarded-for": "1.1.1.1, 2.2.2.2", "x-real-ip": "3.3.3.3", forwarded: "for=4.4.4.4" } });
    expect(guardRequest(req, { appOrigin: APP, trustedProxyHops: 0 }).refuse).toBeNull();
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.7");
    expect(req.headers["x-real-ip"]).toBeUndefined();
    expect(req.headers.forwarded).toBeUndefined();
    expect(req.headers["x-forwarded-host"]).toBe("simcase.example");
  });

  it("reads TRUSTED_PROXY_HOPS strictly", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("2")).toBe(2);
    expect(() => parseTrustedProxyHops("-1")).toThrow();
    expect(() => parseTrustedProxyHops("1.5")).toThrow();
  });
});

describe("the request id", () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("is a fresh UUID for each request, set as its X-Request-Id for the app", () => {
    const first = request({});
    const second = request({});
    const id = guardRequest(first, { appOrigin: APP, trustedProxyHops: 0 }).requestId;
    expect(id).toMatch(UUID);
    expect(first.headers["x-request-id"]).toBe(id);
    expect(guardRequest(second, { appOrigin: APP, trustedProxyHops: 0 }).requestId).not.toBe(id);
  });

  it("ignores the one a client sends when no proxy is trusted", () => {
    const req = request({ headers: { "x-request-id": "chosen-by-the-client-0001" } });
    const id = assignRequestId(req, 0);
    expect(id).toMatch(UUID);
    expect(req.headers["x-request-id"]).toBe(id);
  });

  it("keeps the one our trusted proxy sets", () => {
    const req = request({ headers: { "x-request-id": "7f3c2a9e-proxy-000123" } });
    expect(assignRequestId(req, 1)).toBe("7f3c2a9e-proxy-000123");
    expect(req.headers["x-request-id"]).toBe("7f3c2a9e-proxy-000123");
  });

  it.each([
    ["free text", "hello world, see my logs"],
    ["a line break", "abcdefgh\nlevel=error"],
    ["too short", "abc"],
    ["too long", "a".repeat(129)],
    ["JSON", '{"level":"fatal"}'],
  ])("replaces %s from behind a trusted proxy with its own", (_what, sent) => {
    expect(assignRequestId(request({ headers: { "x-request-id": sent } }), 1)).toMatch(UUID);
  });

  it("is given to refused requests too", () => {
    const refused = guardRequest(request({ method: "POST", headers: { origin: "https://evil.example" } }), { appOrigin: APP, trustedProxyHops: 0 });
    expect(refused).toMatchObject({ refuse: 403, requestId: expect.stringMatching(UUID) as unknown });
  });
});

describe("URLs", () => {
  it.each(["/cases/%FF", "/api/calendar/%FF%FE", "/cases/%C3%28", "/sign-in?callbackUrl=%E0%A4", "/a%", "/x%00y", `/${"a".repeat(5000)}`])(
    "refuses %s",
    (url) => expect(isDecodableUrl(url)).toBe(false),
  );

  it.each(["/", "/cases/clx1abc", "/sign-in?callbackUrl=%2Fcases%3Fstatus%3Dopen", "/%E4%B8%AD%E6%96%87", "/?q=a+b&x="])("accepts %s", (url) =>
    expect(isDecodableUrl(url)).toBe(true),
  );
});

describe("writes", () => {
  const post = (headers: Record<string, string>, url = "/cases/new") => request({ method: "POST", url, headers });

  it("need our Origin, or Sec-Fetch-Site: same-origin when the browser sends no Origin", () => {
    expect(isAllowedWrite(post({ origin: APP }), APP)).toBe(true);
    expect(isAllowedWrite(post({ "sec-fetch-site": "same-origin" }), APP)).toBe(true);
    expect(isAllowedWrite(post({}), APP)).toBe(false);
    expect(isAllowedWrite(post({ origin: "https://evil.example" }), APP)).toBe(false);
    expect(isAllowedWrite(post({ origin: "null" }), APP)).toBe(false);
    expect(isAllowedWrite(post({ origin: "https://evil.example", "sec-fetch-site": "same-origin" }), APP)).toBe(false);
  });

  it("are refused with a forged X-Forwarded-Host naming the attacker's origin", () => {
    const req = post({ origin: "https://evil.example", "x-forwarded-host": "evil.example", "next-action": "abc" });
    expect(guardRequest(req, { appOrigin: APP, trustedProxyHops: 0 }).refuse).toBe(403);
  });

  it("let reads, the one-click unsubscribe and the Telegram webhook through", () => {
    expect(isAllowedWrite(request({ headers: {} }), APP)).toBe(true);
    expect(isAllowedWrite(post({}, "/api/unsubscribe?token=x"), APP)).toBe(true);
    expect(isAllowedWrite(post({}, "/api/telegram/webhook"), APP)).toBe(true);
  });
});
