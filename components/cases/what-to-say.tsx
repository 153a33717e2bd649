"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { PHRASE_IDS } from "@/lib/cases/procedure-templates";
import { LOCALE_TAGS } from "@/lib/i18n/locales";

/**
 * The sentences a user needs on the hotline or at the counter, in Khmer (for
 * the clerk), English, and the reader's own language. "Show full screen" opens
 * them full screen, large enough to hold the phone up to the counter.
 */
export function WhatToSay({ setting, stepId }: { setting: "call" | "store"; stepId: string }) {
  const t = useTranslations("whatToSay");
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const phrases = PHRASE_IDS.map((id) => ({
    id,
    km: t(`phrases.${id}.km`),
    en: t(`phrases.${id}.en`),
    mine: t(`phrases.${id}.mine`),
  }));
  // English readers read the English line; others also get their own.
  const showMine = locale !== "en";
  const headingId = `what-to-say-${stepId}`;

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-xl border border-sky-200 bg-sky-50 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="font-semibold text-sky-950">
          {t("title")}
        </h4>
        <button
          type="button"
          onClick={() => dialog.current?.showModal()}
          className="inline-flex min-h-11 items-center rounded-lg bg-sky-800 px-4 text-sm font-semibold text-white hover:bg-sky-900"
        >
          {t("showToStaff")}
        </button>
      </div>
      <p className="text-sm text-slate-700">{setting === "call" ? t("introCall") : t("introStore")}</p>
      <ul className="flex flex-col gap-2">
        {phrases.map((phrase) => (
          <li key={phrase.id} className="flex flex-col gap-1 rounded-lg bg-white p-3">
            <p lang="km" className="text-xl leading-relaxed text-slate-950">
              {phrase.km}
            </p>
            <p lang="en" className="text-base text-slate-800">
              {phrase.en}
            </p>
            {showMine ? (
              <p lang={LOCALE_TAGS[locale]} className="text-base text-slate-700">
                {phrase.mine}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        aria-labelledby={`${headingId}-dialog`}
        className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-0 backdrop:bg-slate-900/60"
      >
        <div className="flex min-h-full flex-col gap-6 p-5">
          <div className="flex items-center justify-between gap-3">
            <h2 id={`${headingId}-dialog`} className="text-lg font-semibold">
              {t("title")}
            </h2>
            <form method="dialog">
              <button
                type="submit"
                className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-semibold"
              >
                {t("close")}
              </button>
            </form>
          </div>
          <ol className="flex flex-col gap-8">
            {phrases.map((phrase) => (
              <li key={phrase.id} className="flex flex-col gap-2 border-b border-slate-200 pb-6">
                <p lang="km" className="text-4xl leading-snug text-slate-950">
                  {phrase.km}
                </p>
                <p lang="en" className="text-2xl text-slate-800">
                  {phrase.en}
                </p>
                {showMine ? (
                  <p lang={LOCALE_TAGS[locale]} className="text-xl text-slate-600">
                    {phrase.mine}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      </dialog>
    </section>
  );
}
