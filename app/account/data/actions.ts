"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { userFormAction } from "@/edge/form-action";
import { deleteAccount } from "@/lib/account/delete-account";
import { deleteAccountSchema } from "@/lib/account/schemas";
import { SESSION_COOKIE_NAMES } from "@/lib/auth/auth";

export const deleteAccountAction = userFormAction("/account/data", {
  fields: ["password", "confirm"],
  schema: deleteAccountSchema,
  run: async ({ password }, user) => {
    await deleteAccount(user.id, password);
    // The session row went with the user; the cookie naming it goes too.
    const jar = await cookies();
    for (const name of SESSION_COOKIE_NAMES) {
      if (jar.has(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
    }
  },
  done: () => redirect("/?accountDeleted=1"),
});
