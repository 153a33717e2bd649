"use server";

import type { Route } from "next";
import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";
import { publicFormAction } from "@/edge/form-action";
import { signIn } from "@/lib/auth/auth";
import { rememberDevice } from "@/lib/auth/remember-device";
import { signInFormSchema } from "@/lib/auth/schemas";
import { UserError } from "@/lib/http/user-error";

export const signInAction = publicFormAction({
  fields: ["email", "password"],
  hidden: ["callbackUrl"],
  schema: signInFormSchema,
  run: async ({ email, password }) => {
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      const minutes = /^throttled:(\d+)$/.exec(error.code)?.[1];
      // One message for unknown email and wrong password alike.
      throw minutes ? new UserError("auth.throttled", { status: 429, values: { minutes: Number(minutes) } }) : new UserError("auth.incorrectLogin");
    }
    // This browser is now one the owner uses: failures elsewhere will not slow it down.
    await rememberDevice(email);
  },
  done: (_result, { callbackUrl }) => redirect(callbackUrl as Route),
});
