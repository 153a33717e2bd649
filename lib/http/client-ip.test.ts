import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

describe("clientIp", () => {
  it("reads the one address the web server leaves in X-Forwarded-For", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
  });

  it("never takes an address from X-Real-IP, and shares one bucket when none is known", () => {
    expect(clientIp(new Headers({ "x-real-ip": "198.51.100.8" }))).toBe("unknown");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
