import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";
import { sweepMailNotices } from "./sweep-mail-notices";
import { testMailDir } from "@/test/support/test-env";

describe("sweepMailNotices", () => {
  it("sends and deletes notices whose own job never ran, and leaves fresh ones to their job", async () => {
    const now = new Date("2026-11-22T10:00:00Z");
    const stale = await db().mailNotice.create({
      data: { kind: "ACCOUNT_DELETED", email: "gone@example.com", locale: "zh", createdAt: new Date("2026-11-22T08:30:00Z") },
    });
    const fresh = await db().mailNotice.create({
      data: { kind: "EMAIL_CHANGED", email: "old@example.com", locale: "en", createdAt: new Date("2026-11-22T09:10:00Z") },
    });

    expect(await sweepMailNotices(now)).toBe(1);

    const [mail] = await readCaughtMail(testMailDir(), { to: "gone@example.com" });
    expect(mail?.subject).toBe("您的 Simcase 账户已删除");
    expect(await db().mailNotice.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db().mailNotice.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await readCaughtMail(testMailDir(), { to: "old@example.com" })).toEqual([]);
  });
});
