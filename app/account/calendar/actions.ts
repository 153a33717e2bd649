"use server";

import { getTranslations } from "next-intl/server";
import { userFormAction } from "@/edge/form-action";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { calendarFeedActionSchema } from "@/lib/calendar/schemas";
import { serverEnv } from "@/lib/env/server-env";
import type { FormState } from "@/lib/http/form-state";

/** The link is in the state only right after it was made: it cannot be shown again. */
export type CalendarFeedState = FormState & { feedUrl?: string };

export const calendarFeedAction = userFormAction<typeof calendarFeedActionSchema, { token: string } | null, CalendarFeedState>("/account/calendar", {
  hidden: ["intent"],
  schema: calendarFeedActionSchema,
  run: async ({ intent }, user) => {
    if (intent === "create") return createCalendarFeed(user.id);
    await revokeCalendarFeed(user.id);
    return null;
  },
  revalidate: () => ["/account/calendar"],
  done: async (created) => {
    const t = await getTranslations("calendar.page");
    return created ? { success: t("created"), feedUrl: `${serverEnv().APP_URL}/api/calendar/${created.token}.ics` } : { success: t("revoked") };
  },
});
