"use server";

import { getTranslations } from "next-intl/server";
import { publicFormAction } from "@/edge/form-action";
import { emailChangeTokenSchema } from "@/lib/auth/schemas";
import { confirmEmailChange } from "@/lib/workflows/confirm-email-change";

/** Works without signing in: the token in the link is the authority, and it names its one account. */
export const confirmEmailChangeAction = publicFormAction({
  hidden: ["token"],
  schema: emailChangeTokenSchema,
  run: ({ token }) => confirmEmailChange(token),
  revalidate: () => [{ layout: "/" }],
  done: async ({ email }) => ({ success: (await getTranslations("account.confirmEmail"))("done", { email }) }),
});
