import { getLocale, getTranslations } from "next-intl/server";
import { switchLanguageAction } from "../language/actions";
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
          className="min-h-11 whitespace-nowrap rounded-lg border border-slate-300 px-2.5 text-sm font-medium hover:bg-slate-100"
        >
          {/* The hidden words in the page's language, the name in its own: each read in the right voice. */}
          <span className="sr-only">{t("switchLanguageTo")} </span>
          <span lang={LOCALE_TAGS[locale]}>{LOCALE_NAMES[locale]}</span>
        </button>
      ))}
    </form>
  );
}
