import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/app/account/_components/settings-section";
import { Button } from "@/components/ui/button";
import type { TelegramSettings } from "@/lib/telegram/get-telegram-settings";
import { disconnectTelegramAction } from "../telegram-actions";
import { TelegramConnectForm } from "./telegram-connect-form";

/** The account's Telegram section: connect, or the linked chat with Disconnect. */
export async function TelegramPanel({ settings }: { settings: TelegramSettings }) {
  const t = await getTranslations("telegram.settings");
  return (
    <SettingsSection id="telegram" title={t("heading")}>
      {settings.link ? (
        <>
          <p className="break-words text-slate-700">{t("linked", { chat: settings.link.chatLabel })}</p>
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
