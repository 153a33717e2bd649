import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ensureDatabaseReachable } from "@/lib/db/ensure-database-reachable";
import { auth } from "./auth";
import { sessionCookieName } from "./session-cookie-name";
import { readSessionUser, type SessionUser } from "./read-session-user";

export type { SessionUser } from "./read-session-user";

/**
 * The signed-in user, or null. Reads the session row, so a revoked session is
 * no session; cached per request, as the layout, the page and the language
 * settings all ask.
 *
 * A live session is read with one joined query and nothing else. Auth.js's
 * auth() runs its whole request pipeline for it (a Request built from the
 * headers, cookies parsed and set again), which cost every signed-in page
 * about 1 ms of CPU; it is still asked when a session has expired or is due
 * for its daily extension, so Auth.js alone deletes and extends sessions.
 *
 * Auth.js answers "no session" when the database cannot be reached, which
 * would send a signed-in user to the sign-in page. So when a session cookie
 * was sent but no session came back, we make sure the database answered:
 * if not, the page becomes a 503 "try again in a moment" and the cookie stays.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = await currentSessionToken();
  if (!token) return null;
  const read = await readSessionUser(token);
  if (read !== "ask-auth-js") return read;

  const user = (await auth())?.user;
  if (!user?.id || !user.email) {
    await ensureDatabaseReachable();
    return null;
  }
  return { id: user.id, email: user.email, locale: user.locale, timeZone: user.timeZone, emailRefused: Boolean(user.emailRefused) };
});

/** This request's session token, from the one cookie Auth.js reads for its protocol. */
export async function currentSessionToken(): Promise<string | undefined> {
  const [jar, requestHeaders] = await Promise.all([cookies(), headers()]);
  return jar.get(sessionCookieName(requestHeaders.get("x-forwarded-proto")))?.value;
}

/** For pages and actions behind login: the user, or a redirect to sign-in. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
