import { z } from "zod";

/** The reminder settings form: a checkbox sends "on" when ticked and nothing otherwise. */
export const reminderEmailsSchema = z.object({
  remindersEnabled: z.string().transform((value) => value === "on"),
});
