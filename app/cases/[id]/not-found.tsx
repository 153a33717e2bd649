import { useTranslations } from "next-intl";
import { MessagePage } from "@/components/ui/message-page";

export default function CaseNotFound() {
  const t = useTranslations("cases");
  return <MessagePage title={t("notFoundTitle")} text={t("notFoundText")} link={{ href: "/cases", label: t("backToList") }} />;
}
