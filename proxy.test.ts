import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

describe("proxy", () => {
  it("redirects a protected page to sign-in when there is no session cookie, keeping the way back", () => {
    const response = proxy(new NextRequest("http://localhost:3000/cases?status=open"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?callbackUrl=%2Fcases%3Fstatus%3Dopen");
  });

  it("lets a request with a session cookie through; the page itself checks the session", () => {
    const request = new NextRequest("http://localhost:3000/cases", { headers: { cookie: "authjs.session-token=x" } });
    expect(proxy(request).headers.get("location")).toBeNull();
  });

  it("sends a fresh nonce per request, and HSTS only over https", () => {
    const first = proxy(new NextRequest("http://localhost:3000/")).headers;
    const second = proxy(new NextRequest("http://localhost:3000/")).headers;
    const nonce = (headers: Headers) => /'nonce-([^']+)'/.exec(headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
    expect(first.get("strict-transport-security")).toBeNull();

    const secure = proxy(new NextRequest("http://app.internal/", { headers: { "x-forwarded-proto": "https" } })).headers;
    expect(secure.get("strict-transport-security")).toContain("max-age=");
    expect(secure.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});
