import { getTranslations } from "next-intl/server";

/** A plain link: the browser downloads the ZIP itself, streamed, with no script in between. */
export async function ExportDataLink() {
  const t = await getTranslations("accountData");
  return (
    <a
      href="/api/account/export"
      download
      className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 text-base font-semibold text-white shadow-sm hover:bg-brand-800"
    >
      {t("exportButton")}
    </a>
  );
}
