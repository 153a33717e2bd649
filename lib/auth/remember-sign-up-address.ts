import "server-only";
import { cookies } from "next/headers";
import { serverEnv } from "@/lib/env/server-env";
import { SIGN_UP_ADDRESS_COOKIE, SIGN_UP_ADDRESS_MAX_AGE_SECONDS, SIGN_UP_ADDRESS_PATH, sealSignUpAddress } from "./sign-up-address";

/** Keeps the address just signed up with for "check your email" to show (see sign-up-address.ts). */
export async function rememberSignUpAddress(email: string): Promise<void> {
  const secret = serverEnv().AUTH_SECRET;
  (await cookies()).set(SIGN_UP_ADDRESS_COOKIE, sealSignUpAddress(email, secret), {
    httpOnly: true,
    sameSite: "strict",
    secure: serverEnv().APP_URL.startsWith("https:"),
    path: SIGN_UP_ADDRESS_PATH,
    maxAge: SIGN_UP_ADDRESS_MAX_AGE_SECONDS,
  });
}
