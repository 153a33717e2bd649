import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MessagePage } from "@/components/ui/message-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offline");
  return { title: t("title") };
}

/** Shown by the service worker when there is no signal and the page was not kept. */
export default async function OfflinePage() {
  const t = await getTranslations("offline");
  return <MessagePage title={t("title")} text={t("text")} link={{ href: "/cases", label: t("link") }} />;
}
