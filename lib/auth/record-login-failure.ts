import "server-only";
import { db } from "@/lib/db/client";
import { LOGIN_THROTTLE } from "./login-throttle";

export async function recordLoginFailure(keys: { key: string }[], now = new Date()): Promise<void> {
  const names = keys.map(({ key }) => key);
  await db().$transaction([
    // Rows past the window count for nothing; dropping them here keeps the table small.
    db().loginFailure.deleteMany({
      where: { key: { in: names }, createdAt: { lte: new Date(now.getTime() - LOGIN_THROTTLE.windowMs) } },
    }),
    db().loginFailure.createMany({ data: names.map((key) => ({ key, createdAt: now })) }),
  ]);
}
