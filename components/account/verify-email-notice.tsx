import { getTranslations } from "next-intl/server";
import { NoticeBox } from "@/components/ui/notice-box";
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
    <NoticeBox id="verify-email-title" title={t("noticeTitle")} text={t("noticeBody", { email: status.email })}>
      <ResendVerificationForm resendAction={resendAction} />
    </NoticeBox>
  );
}
