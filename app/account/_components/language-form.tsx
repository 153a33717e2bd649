"use client";

import { useTranslations } from "next-intl";
import { saveLanguageAction } from "@/app/account/settings-actions";
import { FormAlert } from "@/components/ui/form-alert";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

export function LanguageForm({ locale }: { locale: Locale }) {
  const t = useTranslations("account.language");
  const common = useTranslations("common");
  const [state, action] = useFormAction(saveLanguageAction);
  return (
    // Drawn anew with the saved value, or after a try that did not go through with
    // the one chosen: React resets a form after its action, and a select falls
    // back to the value it was first drawn with.
    <form key={state.values?.locale ?? locale} action={action} className="flex flex-col gap-4">
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <Select label={t("label")} name="locale" options={OPTIONS} defaultValue={state.values?.locale ?? locale} error={state.errors?.locale} />
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton tone="secondary" pendingLabel={common("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
