import { z } from "zod";
import { PASSWORD_MAX } from "@/lib/auth/schemas";

// Shared by the delete form (client) and its server action.

export const deleteAccountSchema = z.object({
  password: z
    .string({ error: "accountData.passwordRequired" })
    .min(1, "accountData.passwordRequired")
    .max(PASSWORD_MAX * 4, "accountData.wrongPassword"),
  // A checkbox sends "on" when ticked and nothing otherwise.
  confirm: z.literal("on", { error: "accountData.confirmRequired" }),
});

export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
