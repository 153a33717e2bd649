import { describe, expect, it } from "vitest";
import { isOfferedAuthEndpoint, onlyOfferedAuthEndpoints } from "./offered-auth-endpoints";

describe("the Auth.js endpoints the app offers", () => {
  it("lets through what sign-in, sign-out and the session use", () => {
    expect(isOfferedAuthEndpoint("GET", "/api/auth/csrf")).toBe(true);
    expect(isOfferedAuthEndpoint("HEAD", "/api/auth/session")).toBe(true);
    expect(isOfferedAuthEndpoint("POST", "/api/auth/callback/credentials")).toBe(true);
    expect(isOfferedAuthEndpoint("POST", "/api/auth/signout")).toBe(true);
  });

  it("refuses other providers, other methods and Auth.js's unknown actions", () => {
    expect(isOfferedAuthEndpoint("GET", "/api/auth/callback/credentials")).toBe(false);
    expect(isOfferedAuthEndpoint("GET", "/api/auth/callback/github")).toBe(false);
    expect(isOfferedAuthEndpoint("POST", "/api/auth/signin/credentials")).toBe(false);
    expect(isOfferedAuthEndpoint("GET", "/api/auth/webauthn-options/passkey")).toBe(false);
    expect(isOfferedAuthEndpoint("PUT", "/api/auth/session")).toBe(false);
    expect(isOfferedAuthEndpoint("GET", "/api/auth/csrf/extra")).toBe(false);
    expect(isOfferedAuthEndpoint("GET", "/api/authx/csrf")).toBe(false);
  });

  it("answers a refused request with a 404 without calling Auth.js", async () => {
    const calls: string[] = [];
    const handler = onlyOfferedAuthEndpoints((request: Request) => {
      calls.push(request.url);
      return Promise.resolve(new Response("auth"));
    });
    expect((await handler(new Request("http://localhost/api/auth/callback/credentials"))).status).toBe(404);
    expect(await (await handler(new Request("http://localhost/api/auth/csrf"))).text()).toBe("auth");
    expect(calls).toEqual(["http://localhost/api/auth/csrf"]);
  });
});
