import "server-only";
import { db } from "@/lib/db/client";

/** Ends every session of the user, this device's too: a lost phone stays signed in nowhere. */
export async function signOutEverywhere(userId: string): Promise<number> {
  const { count } = await db().session.deleteMany({ where: { userId } });
  return count;
}
