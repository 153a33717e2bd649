import "server-only";
import { db } from "@/lib/db/client";
import type { EmailLocale } from "./chase-hints";

export async function setEmailLanguage(userId: string, locale: EmailLocale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
