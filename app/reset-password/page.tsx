import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { AuthCard } from "@/components/ui/auth-card";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string" || token.length === 0) {
    return (
      <AuthCard title="This link is incomplete">
        <p>
          Open the link from the email again, or{" "}
          <Link href="/forgot-password" className="font-medium text-brand-700 underline">
            ask for a new one
          </Link>
          .
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="After this, every device signed in to your account is signed out.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
