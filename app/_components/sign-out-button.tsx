import { getTranslations } from "next-intl/server";
import { signOutAction } from "../sign-out/actions";

export async function SignOutButton({ className }: { className?: string }) {
  const t = await getTranslations("common");
  return (
    <form action={signOutAction} className={className}>
      <button type="submit" className="min-h-11 whitespace-nowrap rounded-lg px-2 text-sm font-medium hover:bg-slate-100">
        {t("signOut")}
      </button>
    </form>
  );
}
