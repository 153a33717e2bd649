"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { CARD_TYPES, CASE_TEXT_LIMITS } from "@/lib/cases/case-fields";

type Values = Partial<Record<string, string>>;

/** The fields a case is opened with and can be corrected later: number, card, nickname, dates, notes. */
export function CaseDetailFields({ values, errors, isEsim }: { values: Values; errors: Values; isEsim: boolean }) {
  const t = useTranslations("cases");
  return (
    <>
      <Field
        label={isEsim ? t("form.phoneNumberEsim") : t("form.phoneNumber")}
        name="phoneNumber"
        maxLength={CASE_TEXT_LIMITS.phoneNumber}
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint={isEsim ? t("form.phoneHintEsim") : t("form.phoneHint")}
        defaultValue={values.phoneNumber}
        error={errors.phoneNumber}
      />
      {isEsim ? (
        <Field
          label={t("form.orderNumber")}
          name="orderNumber"
          maxLength={CASE_TEXT_LIMITS.orderNumber}
          autoComplete="off"
          defaultValue={values.orderNumber}
          error={errors.orderNumber}
        />
      ) : null}
      <Select
        // Tourist cards are 3- or 7-day SIMs; an eSIM's plan is rarely one, so it
        // starts at "Other". Switching the SIM kind starts the choice again.
        key={values.cardType ? "kept" : isEsim ? "esim" : "physical"}
        label={t("form.cardType")}
        name="cardType"
        options={CARD_TYPES.map((type) => ({ value: type, label: t(`cardTypes.${type}`) }))}
        defaultValue={values.cardType ?? (isEsim ? "OTHER" : "SEVEN_DAY")}
        error={errors.cardType}
      />
      <Field
        label={t("form.nickname")}
        name="nickname"
        maxLength={CASE_TEXT_LIMITS.nickname}
        hint={t("form.nicknameHint")}
        defaultValue={values.nickname}
        error={errors.nickname}
        autoComplete="off"
      />
      <LeavingOnField value={values.leavingOn} error={errors.leavingOn} />
      <TextArea label={t("form.notes")} name="notes" maxLength={CASE_TEXT_LIMITS.notes} defaultValue={values.notes} error={errors.notes} rows={3} />
    </>
  );
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The leaving day, with a word when it looks like a slip of the year: a day
 * that has passed is still taken (the traveller may have left already). Judged
 * on the device's own date and only once the field changes, so the server's
 * render and the browser's agree.
 */
function LeavingOnField({ value, error }: { value?: string; error?: string }) {
  const t = useTranslations("cases.form");
  const [note, setNote] = useState<"leavingPast" | "leavingFar" | null>(null);
  return (
    <Field
      label={t("leavingOn")}
      name="leavingOn"
      type="date"
      defaultValue={value}
      error={error}
      hint={note ? t(note) : undefined}
      onChange={(event) => {
        const picked = event.currentTarget.valueAsNumber;
        const now = new Date();
        const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
        setNote(Number.isNaN(picked) ? null : picked < today ? "leavingPast" : picked > today + 366 * DAY_MS ? "leavingFar" : null);
      }}
    />
  );
}
