import { getTranslations } from "next-intl/server";
import { signOutEverywhereAction } from "@/app/account/settings-actions";
import { signOutAction } from "@/app/sign-out/actions";
import { Button } from "@/components/ui/button";

export async function SettingsSignOut() {
  const t = await getTranslations("account.signOut");
  return (
    <div className="flex flex-col gap-4">
      <form action={signOutAction} className="flex flex-col">
        <Button variant="secondary">{t("thisDevice")}</Button>
      </form>
      <form action={signOutEverywhereAction} className="flex flex-col gap-2">
        <p id="sign-out-everywhere-hint" className="text-sm text-slate-600">
          {t("everywhereHint")}
        </p>
        <Button variant="danger" aria-describedby="sign-out-everywhere-hint">
          {t("everywhere")}
        </Button>
      </form>
    </div>
  );
}
