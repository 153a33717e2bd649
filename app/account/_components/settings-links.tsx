import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** Rows to the settings that have a page of their own; the whole row is the target. */
export async function SettingsLinks() {
  const t = await getTranslations("account.more");
  const rows = [
    { href: "/account/calendar" as const, title: t("calendar"), hint: t("calendarHint") },
    { href: "/account/data" as const, title: t("data"), hint: t("dataHint") },
  ];
  return (
    <ul className="-mx-2 flex flex-col divide-y divide-slate-200">
      {rows.map((row) => (
        <li key={row.href}>
          <Link href={row.href} className="flex min-h-14 items-center gap-3 rounded-lg px-2 py-2 hover:bg-slate-50">
            <span className="flex min-w-0 flex-1 flex-col">
              <span className="font-medium">{row.title}</span>
              <span className="text-sm text-slate-600">{row.hint}</span>
            </span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0 text-slate-500" fill="currentColor">
              <path d="M7.3 4.3a1 1 0 0 1 1.4 0l5 5a1 1 0 0 1 0 1.4l-5 5a1 1 0 1 1-1.4-1.4L11.6 10 7.3 5.7a1 1 0 0 1 0-1.4Z" />
            </svg>
          </Link>
        </li>
      ))}
    </ul>
  );
}
