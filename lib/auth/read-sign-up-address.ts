import "server-only";
import { cookies } from "next/headers";
import { serverEnv } from "@/lib/env/server-env";
import { openSignUpAddress, SIGN_UP_ADDRESS_COOKIE } from "./sign-up-address";

/** The address this browser signed up with in the last few minutes, or null. */
export async function readSignUpAddress(): Promise<string | null> {
  return openSignUpAddress((await cookies()).get(SIGN_UP_ADDRESS_COOKIE)?.value, serverEnv().AUTH_SECRET);
}
