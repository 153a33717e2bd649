import type { Metadata, Route } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { AuthCard } from "@/components/ui/auth-card";
import { FormAlert } from "@/components/ui/form-alert";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/http/form-state";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl as Route);
  const notice = params.reset
    ? "Your password was changed. Sign in with the new one."
    : params.signedOut
      ? "You are signed out."
      : undefined;
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New here?{" "}
          <Link href="/sign-up" className="font-medium text-brand-700 underline">
            Create an account
          </Link>
        </>
      }
    >
      <FormAlert tone="success">{notice}</FormAlert>
      <SignInForm callbackUrl={callbackUrl} />
    </AuthCard>
  );
}
