import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./check-password-strength";
import { UserError } from "@/lib/http/user-error";

const account = { email: "sokha.chan@example.com", name: null };

describe("checkPasswordStrength", () => {
  it.each(["password", "12345678", "aaaaaaaa", "qwertyuiop", "Passw0rd!", "sokha.chan@example.com", "sokha.chan2026", "simcase1"])(
    "refuses %j: common, a pattern, or the account's own address",
    (password) => {
      expect(() => checkPasswordStrength(password, account)).toThrow(UserError);
      try {
        checkPasswordStrength(password, account, "newPassword");
      } catch (error) {
        expect(error).toMatchObject({ key: "auth.passwordWeak", field: "newPassword" });
      }
    },
  );

  it.each(["correct horse battery", "Angkor at dawn 1992", "一个足够长的密码 123", "tuk-tuk mango rain"])("accepts %j", (password) => {
    expect(() => checkPasswordStrength(password, account)).not.toThrow();
  });

  it("treats a decomposed accent as the composed one", () => {
    expect(() => checkPasswordStrength("cafe\u0301 cre\u0300me bru\u0302le\u0301e", account)).not.toThrow();
  });
});
