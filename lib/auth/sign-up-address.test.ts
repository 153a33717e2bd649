import { describe, expect, it } from "vitest";
import { openSignUpAddress, sealSignUpAddress } from "./sign-up-address";

const SECRET = "s".repeat(32);

describe("the sign-up address cookie", () => {
  it("gives back the address it sealed", () => {
    expect(openSignUpAddress(sealSignUpAddress("o'neil+sim@example.com", SECRET), SECRET)).toBe("o'neil+sim@example.com");
  });

  it("gives nothing for a value this server did not write", () => {
    const sealed = sealSignUpAddress("you@example.com", SECRET);
    expect(openSignUpAddress(sealed.replace("you@", "them@"), SECRET)).toBeNull();
    expect(openSignUpAddress(sealed, "t".repeat(32))).toBeNull();
    expect(openSignUpAddress(`.you@example.com`, SECRET)).toBeNull();
    expect(openSignUpAddress("you@example.com", SECRET)).toBeNull();
    expect(openSignUpAddress(undefined, SECRET)).toBeNull();
    expect(openSignUpAddress(sealSignUpAddress("not an address", SECRET), SECRET)).toBeNull();
  });
});
