import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseRow } from "@/components/cases/case-row";
import { RedirectNotice } from "@/components/ui/redirect-notice";
import { requireUser } from "@/lib/auth/current-user";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuerySchema, type ListCasesQuery } from "@/lib/cases/list-schemas";
import { SENTENCE_GAP, toLocale } from "@/lib/i18n/locales";
import { caseNextAction } from "./case-next-action";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("cases");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(query: ListCasesQuery, page: number) {
  const params: Record<string, string> = {};
  if (query.q) params.q = query.q;
  if (query.status) params.status = query.status;
  if (query.operator) params.operator = query.operator;
  if (query.sort !== "updated") params.sort = query.sort;
  if (page > 1) params.page = String(page);
  return { pathname: "/cases" as const, query: params };
}

export default async function CasesPage({ searchParams }: Props) {
  const user = await requireUser("/cases");
  const raw = await searchParams;
  const query = listCasesQuerySchema.parse(
    Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])),
  );
  const [list, t, locale] = await Promise.all([listCases(user.id, query), getTranslations("cases"), getLocale()]);
  const nextActions = await Promise.all(list.items.map(caseNextAction));
  const filtered = Boolean(query.q || query.status || query.operator);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("heading")}</h1>
        <Link
          href="/cases/new"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {t("newCase")}
        </Link>
      </div>
      <RedirectNotice param="deleted" message={raw.deleted ? t("deleted") : undefined} />

      {list.total === 0 && !filtered ? (
        <section className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
          <p className="text-slate-700">{t("emptyText")}</p>
          <Link
            href="/cases/new"
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            {t("openFirst")}
          </Link>
        </section>
      ) : (
        <>
          <CaseFilters query={query} />
          {list.items.length === 0 && list.total > 0 ? (
            // A page past the end (an old link, a hand-typed ?page=): the way back, not "no case matches".
            <p className="rounded-xl bg-white p-4">
              {/* Past the count's cap the last page is not known: page 1 is. */}
              {list.more ? t("noSuchPage", { page: list.page }) : t("pastLastPage", { page: list.page, last: list.pageCount })}
              {SENTENCE_GAP[toLocale(locale)]}
              <Link href={pageHref(query, list.more ? 1 : list.pageCount)} className="font-medium text-brand-700 underline">
                {t("goToPage", { page: list.more ? 1 : list.pageCount })}
              </Link>
            </p>
          ) : list.items.length === 0 ? (
            // One message: "0 cases match" above it would say the same thing twice.
            <p className="rounded-xl bg-white p-4" aria-live="polite">
              {t("noMatch")}
              {SENTENCE_GAP[toLocale(locale)]}
              <Link href="/cases" className="font-medium text-brand-700 underline">
                {query.q && !query.status && !query.operator ? t("clearSearch") : t("clearFilters")}
              </Link>
            </p>
          ) : (
            <>
              <p className="text-sm text-slate-700" aria-live="polite">
                {list.more
                  ? t("countMore", { count: list.total })
                  : filtered
                    ? t("countMatching", { count: list.total })
                    : t("count", { count: list.total })}
              </p>
              <ul className="flex flex-col gap-3">
                {list.items.map((item, index) => (
                  <CaseRow key={item.id} item={item} detail={nextActions[index]} />
                ))}
              </ul>
            </>
          )}
          {list.pageCount > 1 && list.items.length > 0 ? (
            <nav aria-label={t("pages")} className="flex items-center justify-between gap-2">
              {list.page > 1 ? (
                <Link href={pageHref(query, list.page - 1)} className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-brand-700 underline">
                  {t("previous")}
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm">
                {t("pageOf", { page: list.page, count: list.pageCount })}
              </span>
              {list.page < list.pageCount ? (
                <Link href={pageHref(query, list.page + 1)} className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-brand-700 underline">
                  {t("next")}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
