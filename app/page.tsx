import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";

const OPERATORS = ["Smart", "Metfone", "CooTel", "Seatel", "eSIM providers"];

const STEPS = [
  {
    title: "One case per SIM",
    text: "Pick the operator and the number. Simcase lays out that operator's procedure, step by step, with what to bring.",
  },
  {
    title: "Keep the proof",
    text: "Photograph the paper receipt or save the confirmation SMS or email on the case: it is your evidence if a charge appears later.",
  },
  {
    title: "Never forget to chase",
    text: "While the operator reviews your request (1 to 7 days), we email you when to check and how to chase them.",
  },
];

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/cases");
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4 pt-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
          Cancel your Cambodian SIM card, with proof in hand.
        </h1>
        <p className="text-lg text-slate-700">
          Left Cambodia, or done with a tourist SIM? An active number in your name keeps costing money and can be misused.
          Simcase walks you through your operator&apos;s cancellation, keeps the proof, and reminds you until it is done.
        </p>
        <ul aria-label="Operators" className="flex flex-wrap gap-2">
          {OPERATORS.map((name) => (
            <li key={name} className="rounded-full bg-brand-50 px-3 py-1 text-sm font-medium text-brand-800">
              {name}
            </li>
          ))}
        </ul>
        <div className="flex flex-col gap-3 sm:flex-row">
          <Link
            href="/sign-up"
            className="flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-5 text-base font-semibold text-white hover:bg-brand-800"
          >
            Start a cancellation
          </Link>
          <Link
            href="/sign-in"
            className="flex min-h-12 items-center justify-center rounded-lg border border-slate-300 bg-white px-5 text-base font-semibold hover:bg-slate-100"
          >
            I have an account
          </Link>
        </div>
      </section>
      <section aria-labelledby="how" className="flex flex-col gap-4">
        <h2 id="how" className="text-xl font-bold">
          How it works
        </h2>
        <ol className="flex flex-col gap-3">
          {STEPS.map((step, index) => (
            <li key={step.title} className="rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                {index + 1}. {step.title}
              </p>
              <p className="text-slate-700">{step.text}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
