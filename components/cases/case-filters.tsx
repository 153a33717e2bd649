import { useTranslations } from "next-intl";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { OPERATOR_KEYS } from "@/lib/cases/procedure-templates";
import type { ListCasesQuery } from "@/lib/cases/schemas";

/** A plain GET form: filters live in the URL, so they work without JavaScript and can be bookmarked. */
export function CaseFilters({ query }: { query: ListCasesQuery }) {
  const t = useTranslations("cases");
  const operators = useTranslations("procedures.operators");
  const selectClass = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm";
  return (
    <form method="get" action="/cases" role="search" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <div className="col-span-2 flex flex-col gap-1 sm:col-span-4">
        <label htmlFor="q" className="text-sm font-medium">
          {t("filters.search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} className={`${selectClass} text-base`} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="status" className="text-sm font-medium">
          {t("filters.status")}
        </label>
        <select id="status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
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
        <select id="operator" name="operator" defaultValue={query.operator ?? ""} className={selectClass}>
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
        <select id="sort" name="sort" defaultValue={query.sort} className={selectClass}>
          <option value="updated">{t("filters.sortUpdated")}</option>
          <option value="due">{t("filters.sortDue")}</option>
        </select>
      </div>
      <div className="flex items-end">
        <button type="submit" className="min-h-11 w-full rounded-lg bg-slate-800 px-3 text-sm font-semibold text-white">
          {t("filters.apply")}
        </button>
      </div>
    </form>
  );
}
