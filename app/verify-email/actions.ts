"use server";

import { getTranslations } from "next-intl/server";
import { publicFormAction } from "@/edge/form-action";
import { verifyEmailSchema } from "@/lib/auth/schemas";
import { verifyEmail } from "@/lib/auth/verify-email";

/** Works without signing in: the token in the link is the authority, and it names its one account and address. */
export const verifyEmailAction = publicFormAction({
  hidden: ["token"],
  schema: verifyEmailSchema,
  run: ({ token }) => verifyEmail(token),
  revalidate: () => [{ layout: "/" }],
  done: async ({ email }) => ({ success: (await getTranslations("verifyEmail"))("done", { email }) }),
});
