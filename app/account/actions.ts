"use server";

import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { userFormAction } from "@/edge/form-action";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";
import { changePassword } from "@/lib/auth/change-password";
import { changePasswordSchema } from "@/lib/auth/schemas";

export const changePasswordAction = userFormAction("/account", {
  fields: ["currentPassword", "newPassword"],
  schema: changePasswordSchema,
  run: async (input, user) => {
    // This browser's session stays; every other one ends.
    const jar = await cookies();
    const keepSessionToken = SESSION_COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
    await changePassword(user.id, { ...input, keepSessionToken });
  },
  done: async () => ({ success: (await getTranslations("account.password"))("changed") }),
});
