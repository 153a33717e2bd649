import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { telegramConfig } from "@/lib/telegram/telegram-config";

/**
 * While the address's mail server refuses reminder emails (a 5xx on the last
 * one), the next reminders would be refused too: this says so, with the way to
 * fix it. Renders nothing otherwise, so a page places it with one line.
 */
export async function EmailRefusedNotice() {
  const user = await getCurrentUser();
  if (!user?.emailRefused) return null;
  const t = await getTranslations("emailRefused");
  return (
    <section aria-labelledby="email-refused-title" className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="email-refused-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm break-words">{t("body", { email: user.email, telegram: telegramConfig() ? "on" : "off" })}</p>
      <Link href="/account#email" className="min-h-11 self-start py-2.5 text-sm font-semibold underline">
        {t("link")}
      </Link>
    </section>
  );
}
