import { describe, expect, it } from "vitest";
import { sessionCookieName } from "./session-cookie-name";

describe("sessionCookieName", () => {
  it("reads the __Secure- cookie over https, as Auth.js does, and when the protocol is unknown", () => {
    expect(sessionCookieName("https")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName("HTTPS:")).toBe("__Secure-authjs.session-token");
    expect(sessionCookieName(null)).toBe("__Secure-authjs.session-token");
  });

  it("reads only the plain cookie over http", () => {
    expect(sessionCookieName("http")).toBe("authjs.session-token");
    expect(sessionCookieName("http, https")).toBe("authjs.session-token");
  });
});
