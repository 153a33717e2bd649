import Link from "next/link";

export default function CaseNotFound() {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold tracking-tight">Case not found</h1>
      <p className="text-slate-700">This case does not exist, or it is not yours.</p>
      <Link href="/cases" className="font-medium text-brand-700 underline">
        Back to my cases
      </Link>
    </div>
  );
}
