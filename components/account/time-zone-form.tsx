"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveTimeZoneAction } from "@/app/account/settings-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { FieldShell, describedBy } from "@/components/ui/field-shell";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";

export type TimeZoneOption = { value: string; label: string };

/** The zones come from the server, so the list is the one the server validates against. */
export function TimeZoneForm({ timeZone, options }: { timeZone: string; options: readonly TimeZoneOption[] }) {
  const t = useTranslations("account.timeZone");
  const common = useTranslations("common");
  const [state, action] = useActionState(saveTimeZoneAction, initialFormState);
  const error = state.errors?.timeZone;
  return (
    <form action={action} className="flex flex-col gap-4">
      <FieldShell inputId="field-timeZone" label={t("label")} hint={t("hint")} error={error}>
        <select
          id="field-timeZone"
          name="timeZone"
          defaultValue={timeZone}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("field-timeZone", t("hint"), error)}
          className="min-h-12 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm aria-invalid:border-red-600"
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </FieldShell>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton pendingLabel={common("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
