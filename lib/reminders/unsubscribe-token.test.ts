import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe-token";

const SECRET = "s".repeat(40);

describe("unsubscribe tokens", () => {
  it("name the user they were made for", () => {
    expect(verifyUnsubscribeToken(createUnsubscribeToken("user_1", SECRET), SECRET)).toBe("user_1");
  });

  it("are refused when forged, altered or made with another secret", () => {
    const token = createUnsubscribeToken("user_1", SECRET);
    expect(verifyUnsubscribeToken(token.replace("user_1", "user_2"), SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(`${token}x`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(token, "t".repeat(40))).toBeNull();
    expect(verifyUnsubscribeToken("no-dot-here", SECRET)).toBeNull();
    expect(verifyUnsubscribeToken("", SECRET)).toBeNull();
  });
});
