import "server-only";
import { db } from "@/lib/db/client";

/** The acting user's address and whether it is confirmed (reminders go only to a confirmed one). */
export async function getEmailVerification(userId: string): Promise<{ email: string; verified: boolean } | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  return user && { email: user.email, verified: user.emailVerified !== null };
}
