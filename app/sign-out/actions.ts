"use server";

import { signOut } from "@/lib/auth/auth";

/** Deletes the session row, so the old cookie is worthless from now on. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
