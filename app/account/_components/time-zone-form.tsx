"use client";

import { useTranslations } from "next-intl";
import { saveTimeZoneAction } from "@/app/account/settings-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export type TimeZoneGroup = { label: string; options: { value: string; label: string }[] };

/** The zones come from the server, so the list is the one the server validates against. */
export function TimeZoneForm({ timeZone, groups }: { timeZone: string; groups: readonly TimeZoneGroup[] }) {
  const t = useTranslations("account.timeZone");
  const common = useTranslations("common");
  const [state, action] = useFormAction(saveTimeZoneAction);
  return (
    // Drawn anew with the saved value, or after a try that did not go through with
    // the one chosen: React resets a form after its action, and a select falls
    // back to the value it was first drawn with.
    <form key={state.values?.timeZone ?? timeZone} action={action} className="flex flex-col gap-4">
      <Select
        label={t("label")}
        name="timeZone"
        hint={t("hint")}
        defaultValue={state.values?.timeZone ?? timeZone}
        options={[]}
        groups={groups}
        error={state.errors?.timeZone}
      />
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton tone="secondary" pendingLabel={common("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
