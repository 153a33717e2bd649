import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { createUser } from "./create-user";
import { UserError } from "@/lib/http/user-error";

describe("createUser", () => {
  it("stores a normalised email and an argon2id hash with OWASP parameters", async () => {
    const email = uniqueEmail("new");
    const user = await createUser({ email: `  ${email.toUpperCase()} `, password: "a long enough password" });

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.email).toBe(email);
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain("a long enough password");
    expect(row.locale).toBe("en");
  });

  it("keeps the language the browser asked for, for the emails", async () => {
    const user = await createUser({ email: uniqueEmail("zh"), password: "a long enough password", locale: "zh" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("zh");
  });

  it("refuses an email that is taken, whatever its case, and writes nothing", async () => {
    const existing = await createTestUser();
    const before = await db().user.findUniqueOrThrow({ where: { id: existing.id } });

    const attempt = createUser({ email: existing.email.toUpperCase(), password: "another password here" });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toMatchObject({ field: "email" });

    expect(await db().user.count()).toBe(1);
    const after = await db().user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.passwordHash).toBe(before.passwordHash);
  });
});
