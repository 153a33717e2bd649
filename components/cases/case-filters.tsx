import { useTranslations } from "next-intl";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { OPERATOR_KEYS } from "@/lib/cases/procedure-templates";
import type { ListCasesQuery } from "@/lib/cases/schemas";

const FIELD = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm";
// Outlined: "New case" is the page's one primary button.
const SUBMIT = "min-h-11 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100";

/**
 * A plain GET form: filters live in the URL, so they work without JavaScript
 * and can be bookmarked. The search box stays in view (a number is what people
 * look for at a counter); status, operator and order fold away until one is set.
 */
export function CaseFilters({ query }: { query: ListCasesQuery }) {
  const t = useTranslations("cases");
  const operators = useTranslations("procedures.operators");
  const narrowed = Boolean(query.status || query.operator || query.sort !== "updated");
  return (
    <form method="get" action="/cases" role="search" className="flex flex-col gap-2">
      <label htmlFor="q" className="text-sm font-medium">
        {t("filters.search")}
      </label>
      <div className="flex gap-2">
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={`${FIELD} min-w-0 flex-1 text-base`} />
        <button type="submit" className={SUBMIT}>
          {t("filters.searchButton")}
        </button>
      </div>
      <details open={narrowed} className="group">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-800">{t("filters.more")}</summary>
        <div className="grid grid-cols-2 gap-2 pt-1 sm:grid-cols-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="status" className="text-sm font-medium">
              {t("filters.status")}
            </label>
            <select id="status" name="status" defaultValue={query.status ?? ""} className={FIELD}>
              <option value="">{t("filters.any")}</option>
              {CASE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="operator" className="text-sm font-medium">
              {t("filters.operator")}
            </label>
            <select id="operator" name="operator" defaultValue={query.operator ?? ""} className={FIELD}>
              <option value="">{t("filters.any")}</option>
              {OPERATOR_KEYS.map((key) => (
                <option key={key} value={key}>
                  {operators(`${key}.label`)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="sort" className="text-sm font-medium">
              {t("filters.sortBy")}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className={FIELD}>
              <option value="updated">{t("filters.sortUpdated")}</option>
              <option value="due">{t("filters.sortDue")}</option>
            </select>
          </div>
          <div className="flex items-end">
            <button type="submit" className={`${SUBMIT} w-full`}>
              {t("filters.apply")}
            </button>
          </div>
        </div>
      </details>
    </form>
  );
}
