import { z } from "zod";
import { FEED_TOKEN_PATTERN } from "./feed-token";

/** The calendar page's one form: make a (new) link, or turn it off. */
export const calendarFeedActionSchema = z.object({
  intent: z.enum(["create", "revoke"], { error: "calendar.badRequest" }),
});

/** The feed URL's last segment; some calendar apps want the URL to end in ".ics", so that is allowed and dropped. */
export const feedTokenSchema = z
  .string()
  .transform((value) => value.replace(/\.ics$/, ""))
  .pipe(z.string().regex(FEED_TOKEN_PATTERN));
