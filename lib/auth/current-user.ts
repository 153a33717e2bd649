import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./auth";

export type SessionUser = { id: string; email: string };

/** The signed-in user, or null. Reads the session row, so a revoked session is no session. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, email: user.email };
}

/** For pages and actions behind login: the user, or a redirect to sign-in. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
