"use client";

import { useTranslations } from "next-intl";
import { deleteReceiptAction } from "../actions";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "@/components/cases/case-action-form";
import { ReceiptThumbnail } from "@/components/cases/receipt-thumbnail";

export type ReceiptView = {
  id: string;
  kind: "IMAGE" | "PDF";
  fileName: string;
  sizeLabel: string;
  pageCount: number | null;
  addedLabel: string;
  /** The step it was attached to, if any. */
  stepTitle: string | null;
};

export function ReceiptList({ caseId, receipts }: { caseId: string; receipts: ReceiptView[] }) {
  const t = useTranslations("receipts");
  if (receipts.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3" aria-label={t("listLabel")}>
      {receipts.map((receipt) => (
        <li key={receipt.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-2 text-sm">
          <ReceiptThumbnail receipt={receipt} size="large" />
          <span className="font-medium wrap-anywhere">{receipt.fileName}</span>
          {receipt.stepTitle ? <span className="text-xs text-slate-700 wrap-anywhere">{t("forStep", { step: receipt.stepTitle })}</span> : null}
          <span className="text-xs text-slate-600">{t("sizeAndDate", { size: receipt.sizeLabel, date: receipt.addedLabel })}</span>
          <a href={`/api/receipts/${receipt.id}?download=1`} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            {t("download")}
          </a>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-red-800">{t("delete")}</summary>
            <CaseActionForm action={deleteReceiptAction} caseId={caseId}>
              <input type="hidden" name="receiptId" value={receipt.id} />
              <Button variant="danger" className="wrap-anywhere">
                {t("confirmDelete", { fileName: receipt.fileName })}
              </Button>
            </CaseActionForm>
          </details>
        </li>
      ))}
    </ul>
  );
}
