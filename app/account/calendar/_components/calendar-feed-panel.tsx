"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { calendarFeedAction, type CalendarFeedState } from "@/app/account/calendar/actions";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";

const initialState: CalendarFeedState = {};

/** Makes, replaces or turns off the private feed link; a new link is shown once, right after it is made. */
export function CalendarFeedPanel({ since }: { since: string | null }) {
  const t = useTranslations("calendar.page");
  const [state, action] = useFormAction(calendarFeedAction, initialState);
  const [copied, setCopied] = useState<string | null>(null);
  const feedUrl = state.feedUrl;

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(url);
    } catch {
      // No clipboard (an http page, a refused permission): the field stays selectable by hand.
      setCopied(null);
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      {feedUrl ? (
        <div className="flex flex-col gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-4">
          <label htmlFor="calendar-feed-url" className="text-sm font-semibold">
            {t("linkLabel")}
          </label>
          <input
            id="calendar-feed-url"
            readOnly
            value={feedUrl}
            onFocus={(event) => event.currentTarget.select()}
            className="min-h-11 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 font-mono text-sm"
          />
          <p className="text-sm text-slate-700">{t("shownOnce")}</p>
          <div className="flex flex-col gap-2 sm:flex-row">
            <a
              href={feedUrl.replace(/^https?:/, "webcal:")}
              className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
            >
              {t("subscribe")}
            </a>
            <button
              type="button"
              onClick={() => void copy(feedUrl)}
              className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100"
            >
              {copied === feedUrl ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      ) : null}
      <p className="text-slate-700">{since ? t("linkSince", { date: since }) : t("noLink")}</p>
      <form action={action} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
        {since ? (
          <>
            <div className="flex flex-col gap-1">
              <Button name="intent" value="create" variant="secondary">
                {t("regenerate")}
              </Button>
              <p className="text-sm text-slate-600">{t("regenerateHint")}</p>
            </div>
            <Button name="intent" value="revoke" variant="danger">
              {t("revoke")}
            </Button>
          </>
        ) : (
          <Button name="intent" value="create">
            {t("create")}
          </Button>
        )}
      </form>
    </div>
  );
}
