import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EmailChangeForm } from "@/app/account/_components/email-change-form";
import { LanguageForm } from "@/app/account/_components/language-form";
import { ReminderSettingsForm } from "@/app/account/_components/reminder-settings-form";
import { SettingsLinks } from "@/app/account/_components/settings-links";
import { SettingsSection } from "@/app/account/_components/settings-section";
import { SettingsSignOut } from "@/app/account/_components/settings-sign-out";
import { TimeZoneForm } from "@/app/account/_components/time-zone-form";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { ChangePasswordForm } from "./_components/change-password-form";
import { requireUser } from "@/lib/auth/current-user";
import { EmailRefusedNotice } from "@/components/account/email-refused-notice";
import { supportedTimeZones } from "@/lib/auth/schemas";
import { LOCALE_TAGS, toLocale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { getReminderSettings } from "@/lib/reminders/get-reminder-settings";
import { getTelegramSettings } from "@/lib/telegram/get-telegram-settings";
import { TelegramPanel } from "./_components/telegram-panel";
import { timeZoneGroups, type LIKELY_TIME_ZONES } from "./time-zone-options";
import { RouteMessages } from "@/app/_components/route-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("metaTitle") };
}

type CityKey = `${"Asia" | "Australia" | "Europe" | "America"}_${string}` & keyof Messages["timeZones"]["cities"];

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  const [settings, telegram, locale, t, zones] = await Promise.all([
    getReminderSettings(user.id),
    getTelegramSettings(user.id),
    getLocale(),
    getTranslations("account"),
    getTranslations("timeZones"),
  ]);
  const justDisconnected = (await searchParams).telegram === "disconnected";
  const groups = timeZoneGroups(LOCALE_TAGS[toLocale(locale)], supportedTimeZones(), {
    city: (zone: (typeof LIKELY_TIME_ZONES)[number]) => zones(`cities.${zone.replace("/", "_") as CityKey}`),
    likely: zones("likely"),
    all: zones("all"),
  });
  return (
    <RouteMessages route="/account">
      <div className="flex flex-col gap-6">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
          <p className="break-words text-slate-700">{t("signedInAs", { email: user.email })}</p>
          {/* The header has no room for it on a phone, and the section at the end is screens away. */}
          <SignOutButton className="-ml-2 sm:hidden" />
        </div>
        <EmailRefusedNotice place="here" />
        <SettingsSection id="language" title={t("language.heading")}>
          <LanguageForm locale={user.locale} />
        </SettingsSection>
        {/* A new language draws the forms below anew (key): a message in the old one must not stay on the page. */}
        <SettingsSection id="time-zone" title={t("timeZone.heading")}>
          <TimeZoneForm key={user.locale} timeZone={user.timeZone} groups={groups} />
        </SettingsSection>
        <SettingsSection id="reminders" title={t("reminders.heading")}>
          <ReminderSettingsForm key={user.locale} remindersEnabled={settings.remindersEnabled} />
        </SettingsSection>
        {telegram ? <TelegramPanel settings={telegram} justDisconnected={justDisconnected} /> : null}
        <SettingsSection id="email" title={t("email.heading")}>
          <p className="break-words text-slate-700">{t("email.current", { email: user.email })}</p>
          <EmailChangeForm key={user.locale} />
        </SettingsSection>
        <SettingsSection id="password" title={t("password.heading")}>
          <ChangePasswordForm key={user.locale} />
        </SettingsSection>
        <SettingsSection id="more" title={t("more.heading")}>
          <SettingsLinks />
        </SettingsSection>
        <SettingsSection id="sign-out" title={t("signOut.heading")}>
          <SettingsSignOut />
        </SettingsSection>
      </div>
    </RouteMessages>
  );
}
