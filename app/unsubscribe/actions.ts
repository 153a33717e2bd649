"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { publicFormAction } from "@/edge/form-action";
import { UserError } from "@/lib/http/user-error";
import { unsubscribeFromReminders } from "@/lib/reminders/unsubscribe-from-reminders";

/** Works without signing in: the signed token in the link is the authority. */
export const unsubscribeAction = publicFormAction({
  hidden: ["token"],
  schema: z.object({ token: z.string() }),
  run: async ({ token }) => {
    if (!(await unsubscribeFromReminders(token))) throw new UserError("unsubscribe.invalid");
  },
  done: async () => ({ success: (await getTranslations("unsubscribe"))("done") }),
});
