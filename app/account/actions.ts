"use server";

import { getTranslations } from "next-intl/server";
import { userFormAction } from "@/edge/form-action";
import { currentSessionToken } from "@/lib/auth/current-user";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";

export const changePasswordAction = userFormAction("/account", {
  fields: ["currentPassword", "newPassword"],
  schema: changePasswordSchema,
  run: async (input, user) => {
    // This browser's session stays; every other one ends.
    await changePassword(user.id, { ...input, keepSessionToken: await currentSessionToken() });
  },
  done: async () => ({ success: (await getTranslations("account.password"))("changed") }),
});
