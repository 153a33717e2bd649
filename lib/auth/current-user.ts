import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { ensureDatabaseReachable } from "@/lib/db/ensure-database-reachable";
import type { Locale } from "@/lib/i18n/locales";
import { auth, SESSION_COOKIE_NAMES } from "./auth";

export type SessionUser = { id: string; email: string; locale: Locale; timeZone: string };

/**
 * The signed-in user, or null. Reads the session row, so a revoked session is
 * no session; cached per request, as the layout, the page and the language
 * settings all ask.
 *
 * Auth.js answers "no session" when the database cannot be reached, which
 * would send a signed-in user to the sign-in page. So when a session cookie
 * was sent but no session came back, we make sure the database answered:
 * if not, the page becomes a 503 "try again in a moment" and the cookie stays.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) {
    const jar = await cookies();
    if (SESSION_COOKIE_NAMES.some((name) => jar.has(name))) await ensureDatabaseReachable();
    return null;
  }
  return { id: user.id, email: user.email, locale: user.locale, timeZone: user.timeZone };
});

/** For pages and actions behind login: the user, or a redirect to sign-in. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
