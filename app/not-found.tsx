import { useTranslations } from "next-intl";
import { MessagePage } from "@/components/ui/message-page";

export default function NotFound() {
  const t = useTranslations("errorPages");
  return <MessagePage title={t("notFoundTitle")} text={t("notFoundBody")} link={{ href: "/", label: t("backHome") }} />;
}
