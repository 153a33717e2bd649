import { getTranslations } from "next-intl/server";
import { SettingsSection } from "@/app/account/_components/settings-section";
import { FormAlert } from "@/components/ui/form-alert";
import type { TelegramSettings } from "@/lib/telegram/get-telegram-settings";
import { TelegramChannelsForm } from "./telegram-channels-form";
import { TelegramConnectForm } from "./telegram-connect-form";
import { TelegramDisconnectForm } from "./telegram-disconnect-form";

/** The account's Telegram section: connect, or the linked chat with its channels and Disconnect. Labels come from the server, as for the connect form. */
export async function TelegramPanel({ settings, justDisconnected }: { settings: TelegramSettings; justDisconnected: boolean }) {
  const t = await getTranslations("telegram.settings");
  return (
    <SettingsSection id="telegram" title={t("heading")}>
      {settings.link ? (
        <>
          <p className="break-words text-slate-700">{t("linked", { chat: settings.link.chatLabel })}</p>
          <TelegramChannelsForm
            channels={settings.link.channels}
            labels={{
              legend: t("channelsLabel"),
              save: t("saveChannels"),
              channels: { BOTH: t("channels.BOTH"), TELEGRAM: t("channels.TELEGRAM"), EMAIL: t("channels.EMAIL") },
            }}
          />
          <TelegramDisconnectForm labels={{ disconnect: t("disconnect"), disconnecting: t("disconnecting") }} />
        </>
      ) : (
        <>
          <FormAlert tone="success">{justDisconnected ? t("disconnected") : undefined}</FormAlert>
          <p className="text-slate-700">{t("intro")}</p>
          <TelegramConnectForm labels={{ connect: t("connect"), connecting: t("connecting"), hint: t("connectHint") }} />
        </>
      )}
    </SettingsSection>
  );
}
