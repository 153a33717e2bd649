import { describe, expect, it } from "vitest";
import { isSameOrigin, sameOriginOnly } from "./same-origin";

const APP = "https://simcase.example";

function request(method: string, headers: Record<string, string>) {
  return new Request(`${APP}/api/auth/signout`, { method, headers });
}

describe("same-origin guard", () => {
  it("trusts the Origin header when present", () => {
    expect(isSameOrigin(request("POST", { origin: APP }), APP)).toBe(true);
    expect(isSameOrigin(request("POST", { origin: "https://evil.example" }), APP)).toBe(false);
    expect(isSameOrigin(request("POST", { origin: "null" }), APP)).toBe(false);
  });

  it("falls back to Sec-Fetch-Site, and refuses when neither says same origin", () => {
    expect(isSameOrigin(request("POST", { "sec-fetch-site": "same-origin" }), APP)).toBe(true);
    expect(isSameOrigin(request("POST", { "sec-fetch-site": "cross-site" }), APP)).toBe(false);
    expect(isSameOrigin(request("POST", {}), APP)).toBe(false);
  });

  it("answers 403 to a cross-origin POST without calling the handler, and lets GET through", async () => {
    let calls = 0;
    const handler = sameOriginOnly(
      () => APP,
      () => {
        calls += 1;
        return new Response("ok");
      },
    );
    expect((await handler(request("POST", { origin: "https://evil.example" }))).status).toBe(403);
    expect(calls).toBe(0);
    expect((await handler(request("POST", { origin: APP }))).status).toBe(200);
    expect((await handler(request("GET", { origin: "https://evil.example" }))).status).toBe(200);
    expect(calls).toBe(2);
  });
});
