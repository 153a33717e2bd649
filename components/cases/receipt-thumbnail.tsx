import { useTranslations } from "next-intl";

export type ReceiptThumbnailView = { id: string; kind: "IMAGE" | "PDF"; fileName: string; pageCount: number | null };

/** A receipt's preview that opens the file: the thumbnail of a photo, or a PDF tile with its page count. */
export function ReceiptThumbnail({ receipt, size }: { receipt: ReceiptThumbnailView; size: "large" | "small" }) {
  const t = useTranslations("receipts");
  return (
    <a href={`/api/receipts/${receipt.id}`} target="_blank" rel="noopener" className={size === "large" ? "block w-full" : "block w-20"}>
      {receipt.kind === "IMAGE" ? (
        // Served by the app with the owner's session; next/image would add nothing here.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/api/receipts/${receipt.id}?variant=thumbnail`}
          alt={t("alt", { fileName: receipt.fileName })}
          // Whole, not cropped: a receipt's header (the operator's name) is part of the proof.
          className="aspect-square w-full rounded-lg bg-slate-100 object-contain"
        />
      ) : (
        <span className="flex aspect-square w-full flex-col items-center justify-center rounded-lg bg-red-50 text-center text-red-900">
          <span className="sr-only">{t("alt", { fileName: receipt.fileName })}</span>
          <span aria-hidden className={size === "large" ? "text-3xl font-bold" : "text-base font-bold"}>
            {t("pdf")}
          </span>
          <span className="text-xs">{t("pages", { count: receipt.pageCount ?? 0 })}</span>
        </span>
      )}
    </a>
  );
}
