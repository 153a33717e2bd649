"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { createCalendarFeed } from "@/lib/calendar/create-calendar-feed";
import { revokeCalendarFeed } from "@/lib/calendar/revoke-calendar-feed";
import { calendarFeedActionSchema } from "@/lib/calendar/schemas";
import { serverEnv } from "@/lib/env/server-env";
import type { FormState } from "@/lib/http/form-state";
import { formText } from "@/lib/http/form-text";
import { localizedFieldErrors } from "@/lib/i18n/localize-errors";

/** The link is in the state only right after it was made: it cannot be shown again. */
export type CalendarFeedState = FormState & { feedUrl?: string };

export async function calendarFeedAction(_previous: CalendarFeedState, formData: FormData): Promise<CalendarFeedState> {
  const user = await requireUser("/account/calendar");
  const parsed = calendarFeedActionSchema.safeParse({ intent: formText(formData, "intent") });
  if (!parsed.success) {
    const errors = await localizedFieldErrors(parsed.error);
    return { errors: { form: errors.intent } };
  }
  const t = await getTranslations("calendar.page");
  if (parsed.data.intent === "revoke") {
    await revokeCalendarFeed(user.id);
    revalidatePath("/account/calendar");
    return { success: t("revoked") };
  }
  const { token } = await createCalendarFeed(user.id);
  revalidatePath("/account/calendar");
  return { success: t("created"), feedUrl: `${serverEnv().APP_URL}/api/calendar/${token}.ics` };
}
