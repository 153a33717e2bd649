import { randomBytes } from "node:crypto";
import { createUser } from "@/lib/auth/create-user";
import { db } from "@/lib/db/client";

export const TEST_PASSWORD = "correct horse battery";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomBytes(5).toString("hex")}@example.com`;
}

/** A user with a confirmed address (as every account made before confirmation links); `verified: false` for a new sign-up. */
export async function createTestUser(overrides: { email?: string; password?: string; verified?: boolean } = {}) {
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await createUser({ email: overrides.email ?? uniqueEmail(), password });
  if (overrides.verified !== false) await db().user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  return { ...user, password };
}

/** A session row as Auth.js would create it at sign-in. */
export async function createTestSession(userId: string, sessionToken = randomBytes(16).toString("hex")) {
  return db().session.create({
    data: { userId, sessionToken, expires: new Date(Date.now() + 24 * 60 * 60 * 1000) },
  });
}
