import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { NoticeBox } from "@/components/ui/notice-box";
import { getCurrentUser } from "@/lib/auth/current-user";
import { telegramConfig } from "@/lib/telegram/telegram-config";

/**
 * While the address's mail server refuses reminder emails (a 5xx on the last
 * one), the next reminders would be refused too: this says so, with the way to
 * fix it. Renders nothing otherwise, so a page places it with one line. On the
 * account page itself (`place="here"`) it points below rather than to Account.
 */
export async function EmailRefusedNotice({ place = "elsewhere" }: { place?: "here" | "elsewhere" }) {
  const user = await getCurrentUser();
  if (!user?.emailRefused) return null;
  const t = await getTranslations("emailRefused");
  return (
    <NoticeBox id="email-refused-title" title={t("title")} text={t("body", { email: user.email, telegram: telegramConfig() ? "on" : "off", place })}>
      <Link href="/account#email" className="min-h-11 self-start py-2.5 text-sm font-semibold underline">
        {t("link")}
      </Link>
    </NoticeBox>
  );
}
