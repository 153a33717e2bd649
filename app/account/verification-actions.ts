"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { userFormAction } from "@/edge/form-action";
import { requestVerificationEmail } from "@/lib/auth/request-verification-email";

/** "Send the link again", from the notice on the dashboard and the case page. */
export const resendVerificationAction = userFormAction("/", {
  schema: z.object({}),
  run: (_input, user) => requestVerificationEmail(user.id),
  done: async (_result, _input, user) => ({ success: (await getTranslations("verifyEmail"))("resent", { email: user.email }) }),
});
