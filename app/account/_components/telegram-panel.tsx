import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/app/account/_components/settings-section";
import { Button } from "@/components/ui/button";
import type { TelegramSettings } from "@/lib/telegram/get-telegram-settings";
import { REMINDER_CHANNEL_CHOICES } from "@/lib/telegram/schemas";
import { disconnectTelegramAction, saveReminderChannelsAction } from "../telegram-actions";
import { TelegramConnectForm } from "./telegram-connect-form";

/** The account's Telegram section: connect, or the linked chat with Disconnect. */
export async function TelegramPanel({ settings }: { settings: TelegramSettings }) {
  const t = await getTranslations("telegram.settings");
  return (
    <SettingsSection id="telegram" title={t("heading")}>
      {settings.link ? (
        <>
          <p className="break-words text-slate-700">{t("linked", { chat: settings.link.chatLabel })}</p>
          <form action={saveReminderChannelsAction} className="flex flex-col gap-3">
            <fieldset className="flex flex-col gap-1">
              <legend className="mb-1 font-medium">{t("channelsLabel")}</legend>
              {REMINDER_CHANNEL_CHOICES.map((choice) => (
                <label key={choice} className="flex min-h-11 items-center gap-3">
                  <input type="radio" name="channels" value={choice} defaultChecked={settings.link?.channels === choice} className="size-5 shrink-0" />
                  {t(`channels.${choice}`)}
                </label>
              ))}
            </fieldset>
            <Button variant="secondary" className="self-start">
              {t("saveChannels")}
            </Button>
          </form>
          <form action={disconnectTelegramAction} className="flex flex-col">
            <Button variant="danger">{t("disconnect")}</Button>
          </form>
        </>
      ) : (
        <>
          <p className="text-slate-700">{t("intro")}</p>
          <TelegramConnectForm labels={{ connect: t("connect"), connecting: t("connecting"), hint: t("connectHint") }} />
        </>
      )}
    </SettingsSection>
  );
}
