import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { auth } from "./auth";

export type SessionUser = { id: string; email: string; locale: Locale; timeZone: string };

/**
 * The signed-in user, or null. Reads the session row, so a revoked session is
 * no session; cached per request, as the layout, the page and the language
 * settings all ask.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email, locale: user.locale, timeZone: user.timeZone };
});

/** For pages and actions behind login: the user, or a redirect to sign-in. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
