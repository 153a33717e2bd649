import type { Metadata } from "next";
import Link from "next/link";
import { CaseFilters } from "@/components/cases/case-filters";
import { CaseListEntry } from "@/components/cases/case-list-item";
import { FormAlert } from "@/components/ui/form-alert";
import { requireUser } from "@/lib/auth/current-user";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuerySchema, type ListCasesQuery } from "@/lib/cases/schemas";
import { getUserTimeZone } from "@/lib/auth/get-user-time-zone";

export const metadata: Metadata = { title: "My cases" };

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
  const [list, timeZone] = await Promise.all([listCases(user.id, query), getUserTimeZone(user.id)]);
  const filtered = Boolean(query.q || query.status || query.operator);

  return (
    <div className="flex flex-col gap-5">
      <div className="flex items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">My cases</h1>
        <Link
          href="/cases/new"
          className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
        >
          New case
        </Link>
      </div>
      <FormAlert tone="success">{raw.deleted ? "The case was deleted." : undefined}</FormAlert>

      {list.total === 0 && !filtered ? (
        <section className="flex flex-col items-start gap-3 rounded-2xl border border-dashed border-slate-300 bg-white p-6">
          <h2 className="text-lg font-semibold">No cases yet</h2>
          <p className="text-slate-700">
            Open one case per SIM card you want cancelled. Simcase lists your operator&apos;s steps, keeps the proof and
            reminds you to chase the operator while they review your request.
          </p>
          <Link
            href="/cases/new"
            className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
          >
            Open your first case
          </Link>
        </section>
      ) : (
        <>
          <CaseFilters query={query} />
          <p className="text-sm text-slate-700" aria-live="polite">
            {list.total} case{list.total === 1 ? "" : "s"}
            {filtered ? " match" : ""}
          </p>
          {list.items.length === 0 ? (
            <p className="rounded-xl bg-white p-4">
              No case matches.{" "}
              <Link href="/cases" className="font-medium text-brand-700 underline">
                Clear the filters
              </Link>
            </p>
          ) : (
            <ul className="flex flex-col gap-3">
              {list.items.map((item) => (
                <CaseListEntry key={item.id} item={item} timeZone={timeZone} />
              ))}
            </ul>
          )}
          {list.pageCount > 1 ? (
            <nav aria-label="Pages" className="flex items-center justify-between gap-2">
              {list.page > 1 ? (
                <Link href={pageHref(query, list.page - 1)} className="min-h-11 rounded-lg px-3 py-2 font-medium text-brand-700 underline">
                  ← Previous
                </Link>
              ) : (
                <span />
              )}
              <span className="text-sm">
                Page {list.page} of {list.pageCount}
              </span>
              {list.page < list.pageCount ? (
                <Link href={pageHref(query, list.page + 1)} className="min-h-11 rounded-lg px-3 py-2 font-medium text-brand-700 underline">
                  Next →
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
