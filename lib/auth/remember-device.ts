import "server-only";
import { cookies } from "next/headers";
import { serverEnv } from "@/lib/env/server-env";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE_SECONDS, knownDeviceToken } from "./known-device";

/** Marks this browser as one the owner of `email` uses (after a sign-in, or a reset from their inbox). */
export async function rememberDevice(email: string): Promise<void> {
  (await cookies()).set(KNOWN_DEVICE_COOKIE, knownDeviceToken(email), {
    httpOnly: true,
    sameSite: "lax",
    secure: serverEnv().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
  });
}
