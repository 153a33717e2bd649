import "server-only";
import type { AdapterSession, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db/client";

type SessionRow = {
  sessionToken: string;
  userId: string;
  expires: Date;
  email: string;
  emailVerified: Date | null;
  name: string | null;
  image: string | null;
  locale: string;
  timeZone: string;
  emailRefusedAt: Date | null;
};

/**
 * Every signed-in request starts here. The adapter's own version loads the
 * session and then the whole user row (password hash included) in two
 * statements; this is one join that reads only what a page may see.
 */
export async function getSessionAndUser(
  sessionToken: string,
): Promise<{ session: AdapterSession; user: AdapterUser & { locale: string; timeZone: string; emailRefusedAt: Date | null } } | null> {
  const [row] = await db().$queryRaw<SessionRow[]>`
    SELECT s."sessionToken", s."userId", s.expires,
           u.email, u."emailVerified", u.name, u.image, u.locale, u."timeZone", u."emailRefusedAt"
      FROM "Session" s JOIN "User" u ON u.id = s."userId"
     WHERE s."sessionToken" = ${sessionToken}`;
  if (!row) return null;
  return {
    session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
    user: {
      id: row.userId,
      email: row.email,
      emailVerified: row.emailVerified,
      name: row.name,
      image: row.image,
      locale: row.locale,
      timeZone: row.timeZone,
      emailRefusedAt: row.emailRefusedAt,
    },
  };
}
