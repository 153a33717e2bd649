import "server-only";
import { asDatabaseUnavailable } from "@/lib/db/as-database-unavailable";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./session-ages";
import { getSessionAndUser } from "./get-session-and-user";

/** `emailRefused`: the address's mail server refused a reminder for good (User.emailRefusedAt). */
export type SessionUser = { id: string; email: string; locale: Locale; timeZone: string; emailRefused: boolean };

/**
 * The user a session token belongs to, with the one joined query:
 * - the user, when the session is live and not yet due for its daily extension;
 * - null, when no session has that token;
 * - "ask-auth-js" when it has expired or is due for extension: deleting and
 *   extending sessions stays with Auth.js alone.
 * The database being away throws DatabaseUnavailableError (a 503), never "no session".
 */
export async function readSessionUser(token: string, now = Date.now()): Promise<SessionUser | null | "ask-auth-js"> {
  const found = await getSessionAndUser(token).catch((error: unknown) => {
    throw asDatabaseUnavailable(error);
  });
  if (!found) return null;
  const expires = found.session.expires.getTime();
  const extendFrom = expires - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000;
  if (expires <= now || extendFrom <= now) return "ask-auth-js";
  const { user } = found;
  return { id: user.id, email: user.email, locale: toLocale(user.locale), timeZone: user.timeZone, emailRefused: user.emailRefusedAt !== null };
}
