import "server-only";
import { db } from "@/lib/db/client";

/** "Disconnect" in the account settings: the user's chat is unlinked. */
export async function disconnectTelegram(userId: string): Promise<void> {
  await db().telegramLink.deleteMany({ where: { userId } });
}
