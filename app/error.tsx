"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/database-unavailable-error";

/** A page that failed to render: said plainly in the reader's language, with a way to try again. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  // The database being away is not the user's problem to solve, and their session is intact: just wait.
  const unavailable = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  return (
    <MessagePage
      title={unavailable ? t("unavailableTitle") : t("errorTitle")}
      text={unavailable ? t("unavailableBody") : t("errorBody")}
      link={{ href: "/", label: t("backHome") }}
    >
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </MessagePage>
  );
}
