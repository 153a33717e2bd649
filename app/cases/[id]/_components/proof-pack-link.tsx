import { getTranslations } from "next-intl/server";

const STYLES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
} as const;

/** The case as one PDF (SIM, dates, reference numbers, proof, timeline), kept for any dispute later; before the case is closed, a record so far. */
export async function ProofPackLink({ caseId, variant, done = false }: { caseId: string; variant: keyof typeof STYLES; done?: boolean }) {
  const t = await getTranslations("proofPack");
  return (
    <div className="flex flex-col gap-1">
      <a
        href={`/api/cases/${encodeURIComponent(caseId)}/proof-pack`}
        download
        aria-describedby={variant === "primary" ? "proof-pack-hint" : undefined}
        className={`inline-flex min-h-11 items-center justify-center self-start rounded-lg px-4 text-sm font-semibold ${STYLES[variant]}`}
      >
        {/* A case given up has no proof of cancellation: its PDF is the record of the request. */}
        {variant === "secondary" ? t("downloadOpen") : done ? t("download") : t("downloadRecord")}
      </a>
      {variant === "primary" ? (
        <p id="proof-pack-hint" className="text-sm text-slate-700">
          {t("downloadHint")}
        </p>
      ) : null}
    </div>
  );
}
