"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { PHRASE_IDS, type PhraseId } from "@/lib/cases/procedure-templates";
import { LOCALE_TAGS } from "@/lib/i18n/locales";

// On the hotline there is no passport to show and no paper to hand over.
const CALL_PHRASES: readonly PhraseId[] = ["cancel", "balance", "whenComplete", "thanks"];

/**
 * "What to say": a button opening the sentences full screen, in Khmer (for the
 * clerk or the agent), English, and the reader's own language, large enough to
 * hold the phone up to the counter.
 */
export function WhatToSayButton({ setting, large = false }: { setting: "call" | "store"; large?: boolean }) {
  const t = useTranslations("whatToSay");
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const ids = setting === "call" ? CALL_PHRASES : PHRASE_IDS;
  // English readers read the English line; others also get their own.
  const showMine = locale !== "en";

  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className={`inline-flex items-center justify-center rounded-lg border border-sky-300 bg-sky-50 px-4 font-semibold text-sky-950 hover:bg-sky-100 ${large ? "min-h-12 text-base" : "min-h-11 text-sm"}`}
      >
        {t("title")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="m-0 h-dvh max-h-none w-screen max-w-none bg-white p-0 backdrop:bg-slate-900/60"
      >
        <div className="flex min-h-full flex-col gap-5 p-5">
          <div className="flex items-center justify-between gap-3">
            <h2 id={headingId} className="text-lg font-semibold">
              {t("title")}
            </h2>
            {/* Not a <form method="dialog">: this card sits inside the step's form, and a nested form is dropped by the HTML parser (a hydration error). */}
            <button
              type="button"
              onClick={() => dialog.current?.close()}
              className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-4 text-sm font-semibold"
            >
              {t("close")}
            </button>
          </div>
          <p className="text-sm text-slate-700">{setting === "call" ? t("introCall") : t("introStore")}</p>
          <ol className="flex flex-col gap-8">
            {ids.map((id) => (
              <li key={id} className="flex flex-col gap-2 border-b border-slate-200 pb-6">
                <p lang="km" className="text-4xl leading-snug text-slate-950">
                  {t(`phrases.${id}.km`)}
                </p>
                <p lang="en" className="text-2xl text-slate-800">
                  {t(`phrases.${id}.en`)}
                </p>
                {showMine ? (
                  <p lang={LOCALE_TAGS[locale]} className="text-xl text-slate-600">
                    {t(`phrases.${id}.mine`)}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </div>
      </dialog>
    </>
  );
}
