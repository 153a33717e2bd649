import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { ReceiptThumbnail, type ReceiptThumbnailView } from "@/components/cases/receipt-thumbnail";
import { changeStatusAction } from "../actions";
import type { CasePageView } from "../view-model";
import { ProofPackLink } from "./proof-pack-link";

/** A finished case at a glance: when and how it closed, its reference numbers and its proof; reopening is secondary. */
export async function ClosedSummary({ view, receipts }: { view: CasePageView; receipts: ReceiptThumbnailView[] }) {
  const [t, format] = await Promise.all([getTranslations("casePage.summary"), getFormatter()]);
  const done = view.status === "DONE";
  return (
    <section
      aria-labelledby="summary-heading"
      className={`flex flex-col gap-3 rounded-2xl border-2 p-4 ${done ? "border-emerald-600 bg-emerald-50" : "border-slate-300 bg-white"}`}
    >
      <h2 id="summary-heading" tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {done ? t("doneTitle") : t("givenUpTitle")}
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 wrap-anywhere">
        {view.closedAt ? (
          <>
            <dt className="text-slate-600">{done ? t("doneOn") : t("closedOn")}</dt>
            <dd className="font-semibold">{format.dateTime(view.closedAt, "date")}</dd>
          </>
        ) : null}
        {view.requestedThrough ? (
          <>
            <dt className="text-slate-600">{t("how")}</dt>
            <dd>{view.requestedThrough}</dd>
          </>
        ) : null}
        {view.references.length > 0 ? (
          <>
            <dt className="text-slate-600">{t("references")}</dt>
            <dd className="font-mono font-semibold">{format.list(view.references, { type: "conjunction", style: "narrow" })}</dd>
          </>
        ) : null}
      </dl>
      {receipts.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 className="text-sm font-semibold">{t("proof")}</h3>
          <ul className="flex flex-wrap gap-2">
            {receipts.map((receipt) => (
              <li key={receipt.id}>
                <ReceiptThumbnail receipt={receipt} size="small" />
              </li>
            ))}
          </ul>
        </div>
      ) : done ? (
        <p className="text-sm text-slate-700">{view.noProofConfirmed ? t("noProof") : t("proofMissing")}</p>
      ) : null}
      <ProofPackLink caseId={view.id} variant="primary" done={done} />
      <CaseActionForm action={changeStatusAction} caseId={view.id}>
        <input type="hidden" name="action" value="reopen" />
        <Button variant="secondary">{t("reopen")}</Button>
      </CaseActionForm>
    </section>
  );
}
