import { describeEvent } from "@/lib/cases/describe-event";
import { formatDateTime } from "@/lib/time/zoned-time";

type Event = { id: string; kind: string; data: unknown; createdAt: Date; actor: { email: string } };

export function Timeline({ events, timeZone }: { events: Event[]; timeZone: string }) {
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-slate-200 pl-4" aria-label="Timeline">
      {events.map((event) => {
        const { title, detail } = describeEvent(event);
        return (
          <li key={event.id} className="flex flex-col">
            <p className="font-medium">{title}</p>
            {detail ? <p className="whitespace-pre-wrap text-slate-800">{detail}</p> : null}
            <p className="text-xs text-slate-600">
              <time dateTime={event.createdAt.toISOString()}>{formatDateTime(event.createdAt, timeZone)}</time> ·{" "}
              {event.actor.email}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
