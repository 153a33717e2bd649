"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { publicFormAction } from "@/edge/form-action";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { takeAllowance } from "@/lib/auth/take-allowance";
import { clientIp } from "@/lib/http/client-ip";
import { UserError } from "@/lib/http/user-error";

export const forgotPasswordAction = publicFormAction({
  fields: ["email"],
  schema: forgotPasswordSchema,
  run: async ({ email }) => {
    const minutes = await takeAllowance("forgot-password", clientIp(await headers()));
    if (minutes !== null) throw new UserError("auth.tooManyAttempts", { status: 429, values: { minutes } });
    await requestPasswordReset(email);
  },
  // The address stays in the box and in the answer: a typo in it is the likeliest reason no email comes.
  done: async (_result, { email }) => ({ success: (await getTranslations("auth"))("resetSent", { email }), values: { email } }),
});
