"use server";

import { redirect } from "next/navigation";
import { publicFormAction } from "@/edge/form-action";
import { rememberDevice } from "@/lib/auth/remember-device";
import { resetPassword } from "@/lib/auth/reset-password";
import { resetPasswordSchema } from "@/lib/auth/schemas";

export const resetPasswordAction = publicFormAction({
  fields: ["password"],
  hidden: ["token"],
  schema: resetPasswordSchema,
  run: async (input) => {
    const { email } = await resetPassword(input);
    // The link came from the owner's inbox: this browser is theirs, and no one else's failures slow it down.
    await rememberDevice(email);
  },
  done: () => redirect("/sign-in?reset=1"),
});
