"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

/** A page that failed to render: said plainly in the reader's language, with a way to try again. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  return (
    <MessagePage title={t("errorTitle")} text={t("errorBody")} link={{ href: "/", label: t("backHome") }}>
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </MessagePage>
  );
}
