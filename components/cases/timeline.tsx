import { useFormatter, useTranslations } from "next-intl";
import { describeEvent } from "@/lib/cases/describe-event";
import type { OperatorKey } from "@/lib/cases/procedure-templates";

type Event = { id: string; kind: string; data: unknown; createdAt: Date; actor: { email: string } };

export function Timeline({ events, operator }: { events: Event[]; operator: OperatorKey }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" aria-label={t("timeline.label")}>
      {events.map((event) => {
        const { title, detail } = describeEvent(event, t, operator);
        return (
          <li key={event.id} className="flex flex-col">
            <p className="font-medium">{title}</p>
            {detail ? <p className="whitespace-pre-wrap text-slate-800">{detail}</p> : null}
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
