"use client";

import { deleteReceiptAction } from "@/app/cases/[id]/actions";
import { Button } from "@/components/ui/button";
import { CaseActionForm } from "./case-action-form";

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
  if (receipts.length === 0) return <p className="text-sm text-slate-700">No proof yet.</p>;
  return (
    <ul className="grid grid-cols-2 gap-3" aria-label="Proof">
      {receipts.map((receipt) => (
        <li key={receipt.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-2 text-sm">
          <a href={`/api/receipts/${receipt.id}`} target="_blank" rel="noopener" className="block">
            {receipt.kind === "IMAGE" ? (
              // Served by the app with the owner's session; next/image would add nothing here.
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={`/api/receipts/${receipt.id}?variant=thumbnail`}
                alt={`Proof: ${receipt.fileName}`}
                className="aspect-square w-full rounded-lg bg-slate-100 object-cover"
              />
            ) : (
              <span className="flex aspect-square w-full flex-col items-center justify-center rounded-lg bg-red-50 text-red-900">
                <span aria-hidden className="text-3xl font-bold">PDF</span>
                <span>
                  {receipt.pageCount} page{receipt.pageCount === 1 ? "" : "s"}
                </span>
              </span>
            )}
          </a>
          <span className="break-all font-medium">{receipt.fileName}</span>
          {receipt.stepTitle ? <span className="text-xs text-slate-700">For: {receipt.stepTitle}</span> : null}
          <span className="text-xs text-slate-600">
            {receipt.sizeLabel} · {receipt.addedLabel}
          </span>
          <a href={`/api/receipts/${receipt.id}?download=1`} className="font-medium text-brand-700 underline">
            Download
          </a>
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-red-800">Delete</summary>
            <CaseActionForm action={deleteReceiptAction} caseId={caseId}>
              <input type="hidden" name="receiptId" value={receipt.id} />
              <Button variant="danger">Yes, delete {receipt.fileName}</Button>
            </CaseActionForm>
          </details>
        </li>
      ))}
    </ul>
  );
}
