import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./sign-out-button";
import { LanguageSwitcher } from "./language-switcher";

const linkClass = "flex min-h-11 items-center whitespace-nowrap rounded-lg px-2 text-sm font-medium hover:bg-slate-100";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("common")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label={t("mainNav")} className="mx-auto flex max-w-2xl items-center justify-between gap-1 px-3 py-1.5">
        <Link href="/" className="flex min-h-11 items-center text-lg font-bold text-brand-800">
          {t("appName")}
        </Link>
        <div className="flex items-center gap-0.5">
          {user ? (
            <>
              <Link href="/cases" className={linkClass}>
                {t("myCases")}
              </Link>
              <Link href="/account" className={linkClass}>
                {t("account")}
              </Link>
              {/* On a phone the header has no room for it: Account has the same button. */}
              <SignOutButton className="hidden sm:block" />
            </>
          ) : (
            <>
              <Link href="/sign-in" className={linkClass}>
                {t("signIn")}
              </Link>
              {/* Outlined, not filled: each page's own button (Create account, Sign in) is the one primary. */}
              <Link
                href="/sign-up"
                className="flex min-h-11 items-center whitespace-nowrap rounded-lg border border-brand-700 px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
              >
                {t("signUp")}
              </Link>
            </>
          )}
          <LanguageSwitcher />
        </div>
      </nav>
    </header>
  );
}
