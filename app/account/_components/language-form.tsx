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
    // Drawn anew with the saved value: React resets a form after its action, and a
    // select would fall back to the value it was first drawn with.
    <form key={locale} action={action} className="flex flex-col gap-4">
      <Select label={t("label")} name="locale" options={OPTIONS} defaultValue={locale} error={state.errors?.locale} />
      <FormAlert tone="success">{state.success}</FormAlert>
      <SubmitButton pendingLabel={common("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
