import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createTestUser } from "@/test/support/factories";
import { setUserLocale } from "./set-user-locale";

const localeOf = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id }, select: { locale: true } })).locale;

describe("setUserLocale", () => {
  it("sets the language of the acting user's account only", async () => {
    const user = await createTestUser();
    const other = await createTestUser();

    await setUserLocale(user.id, "zh");

    expect(await localeOf(user.id)).toBe("zh");
    expect(await localeOf(other.id)).toBe("en");
  });

  it("changes nothing for an account that does not exist", async () => {
    const other = await createTestUser();
    await expect(setUserLocale("no-such-user", "zh")).rejects.toThrow();
    expect(await localeOf(other.id)).toBe("en");
  });
});
