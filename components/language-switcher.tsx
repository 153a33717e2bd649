import { getLocale, getTranslations } from "next-intl/server";
import { switchLanguageAction } from "@/app/language/actions";
import { LOCALE_NAMES, LOCALE_TAGS, LOCALES } from "@/lib/i18n/locales";

/** One button per other language, each named in its own language so anyone can find theirs. */
export async function LanguageSwitcher() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <form action={switchLanguageAction} className="flex items-center">
      {LOCALES.filter((locale) => locale !== current).map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={LOCALE_TAGS[locale]}
          aria-label={t("switchLanguage", { current: LOCALE_NAMES[current], other: LOCALE_NAMES[locale] })}
          className="min-h-11 whitespace-nowrap rounded-lg border border-slate-300 px-2.5 text-sm font-medium hover:bg-slate-100"
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
