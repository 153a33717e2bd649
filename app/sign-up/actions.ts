"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { publicFormAction } from "@/edge/form-action";
import { registerAccount } from "@/lib/auth/register-account";
import { rememberSignUpAddress } from "@/lib/auth/remember-sign-up-address";
import { signUpSchema } from "@/lib/auth/schemas";
import { takeAllowance } from "@/lib/auth/take-allowance";
import { clientIp } from "@/lib/http/client-ip";
import { UserError } from "@/lib/http/user-error";

/** A new address and a taken one end on the same "check your email" page (see register-account.ts). */
export const signUpAction = publicFormAction({
  fields: ["email", "password"],
  schema: signUpSchema,
  run: async (input) => {
    const minutes = await takeAllowance("sign-up", clientIp(await headers()));
    if (minutes !== null) throw new UserError("auth.tooManyAttempts", { status: 429, values: { minutes } });
    // The language the visitor is reading now becomes the account's.
    await registerAccount({ ...input, locale: await getLocale() });
    // Whether the address was new or taken, so the next page is the same either way.
    await rememberSignUpAddress(input.email);
  },
  done: () => redirect("/sign-up/check-email"),
});
