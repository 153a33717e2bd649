import type { Metadata } from "next";
import { UnsubscribeForm } from "@/components/account/unsubscribe-form";
import { AuthCard } from "@/components/ui/auth-card";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Unsubscribing takes a click: link checkers in mail systems open every link,
// and a GET must not change anything.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Stop reminder emails?" intro="You will get no more reminders about your cases. Your cases stay as they are.">
      {typeof token === "string" && token ? <UnsubscribeForm token={token} /> : <p>This link is incomplete.</p>}
    </AuthCard>
  );
}
