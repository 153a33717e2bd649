import { useTranslations } from "next-intl";
import { useFormatter } from "@/i18n/use-formatter";
import { describeEvent } from "@/lib/cases/describe-event";
import type { OperatorKey } from "@/lib/cases/procedure-templates";
import { ReceiptThumbnail, type ReceiptThumbnailView } from "./receipt-thumbnail";

type Event = { id: string; kind: string; data: unknown; createdAt: Date; actor: { email: string } };

function receiptIdOf(event: Event): string | null {
  if (event.kind !== "RECEIPT_ADDED" || typeof event.data !== "object" || event.data === null) return null;
  const id = (event.data as Record<string, unknown>).receiptId;
  return typeof id === "string" ? id : null;
}

/** The case's events, newest first; a proof still kept shows beside the event that added it. */
export function Timeline({
  events,
  operator,
  receipts,
}: {
  events: Event[];
  operator: OperatorKey;
  receipts: ReceiptThumbnailView[];
}) {
  const t = useTranslations();
  const format = useFormatter();
  const receiptsById = new Map(receipts.map((receipt) => [receipt.id, receipt]));
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" aria-label={t("timeline.label")}>
      {events.map((event) => {
        const { title, detail } = describeEvent(event, t, operator, format);
        const receiptId = receiptIdOf(event);
        const receipt = receiptId ? receiptsById.get(receiptId) : undefined;
        return (
          <li key={event.id} className="flex flex-col wrap-anywhere">
            <p className="font-medium">{title}</p>
            {detail ? <p className="whitespace-pre-wrap text-slate-800">{detail}</p> : null}
            {receipt ? (
              <div className="my-1">
                <ReceiptThumbnail receipt={receipt} size="small" />
              </div>
            ) : null}
            <p className="text-xs text-slate-600">
              {t.rich("timeline.byline", {
                date: format.dateTime(event.createdAt, "dateTime"),
                actor: event.actor.email,
                time: (chunks) => <time dateTime={event.createdAt.toISOString()}>{chunks}</time>,
              })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
