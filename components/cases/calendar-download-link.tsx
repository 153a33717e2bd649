import { getTranslations } from "next-intl/server";

/** The case's deadlines as an .ics file, for a calendar app to import. */
export async function CalendarDownloadLink({ caseId }: { caseId: string }) {
  const t = await getTranslations("calendar.download");
  return (
    <a
      href={`/api/cases/${encodeURIComponent(caseId)}/calendar`}
      download
      className="inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100"
    >
      {t("label")}
    </a>
  );
}
