import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getEmailVerification } from "@/lib/auth/get-email-verification";
import { ResendVerificationForm, type ResendVerificationAction } from "./resend-verification-form";

/**
 * Until the address is confirmed no reminder email goes out: this says so,
 * with the way to fix it. Renders nothing once it is confirmed, so a page
 * places it with one line, handing it the resend action.
 */
export async function VerifyEmailNotice({ resendAction }: { resendAction: ResendVerificationAction }) {
  const user = await getCurrentUser();
  const status = user && (await getEmailVerification(user.id));
  if (!status || status.verified) return null;
  const t = await getTranslations("verifyEmail");
  return (
    <section aria-labelledby="verify-email-title" className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id="verify-email-title" className="text-base font-semibold">
        {t("noticeTitle")}
      </h2>
      <p className="text-sm break-words">{t("noticeBody", { email: status.email })}</p>
      <ResendVerificationForm resendAction={resendAction} />
    </section>
  );
}
