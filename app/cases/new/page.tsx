import type { Metadata } from "next";
import Link from "next/link";
import { NewCaseForm } from "@/components/cases/new-case-form";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "New case" };

export default async function NewCasePage() {
  await requireUser("/cases/new");
  return (
    <div className="flex flex-col gap-5">
      <div>
        <Link href="/cases" className="text-sm font-medium text-brand-700 underline">
          ← My cases
        </Link>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">New case</h1>
        <p className="text-slate-700">One case per SIM card. You get your operator&apos;s steps right after.</p>
      </div>
      <section className="rounded-2xl border border-slate-200 bg-white p-5">
        <NewCaseForm />
      </section>
    </div>
  );
}
