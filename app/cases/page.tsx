import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "My cases" };

export default async function CasesPage() {
  await requireUser("/cases");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold tracking-tight">My cases</h1>
      <section className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-slate-300 bg-white p-6">
        <h2 className="text-lg font-semibold">No cases yet</h2>
        <p className="text-slate-700">
          Open one case per SIM card you want cancelled. Simcase will list your operator&apos;s steps, keep the proof and
          remind you to chase the operator while they review your request.
        </p>
      </section>
    </div>
  );
}
