import { useTranslations } from "next-intl";
import { CASE_STATUSES } from "@/lib/cases/case-status";
import { OPERATOR_KEYS } from "@/lib/cases/procedure-templates";
import type { ListCasesQuery } from "@/lib/cases/list-schemas";

const FIELD = "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-2 text-sm";
// Outlined: "New case" is the page's one primary button.
const SUBMIT = "min-h-11 rounded-lg border border-slate-300 bg-white px-4 text-sm font-semibold text-slate-900 hover:bg-slate-100";

type Option = [value: string, label: string];

function SelectField({ name, label, defaultValue, options }: { name: string; label: string; defaultValue: string; options: Option[] }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={defaultValue} className={FIELD}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <details open={narrowed}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-800">{t("filters.more")}</summary>
        <div className="grid grid-cols-2 gap-2 pt-1 sm:grid-cols-4">
          <SelectField
            name="status"
            label={t("filters.status")}
            defaultValue={query.status ?? ""}
            options={[
              ["", t("filters.any")],
              ["NEEDS_YOU", t("filters.needsYou")],
              ...CASE_STATUSES.map((status): Option => [status, t(`status.${status}`)]),
            ]}
          />
          <SelectField
            name="operator"
            label={t("filters.operator")}
            defaultValue={query.operator ?? ""}
            options={[["", t("filters.any")], ...OPERATOR_KEYS.map((key): Option => [key, operators(`${key}.label`)])]}
          />
          <SelectField
            name="sort"
            label={t("filters.sortBy")}
            defaultValue={query.sort}
            options={[
              ["updated", t("filters.sortUpdated")],
              ["due", t("filters.sortDue")],
            ]}
          />
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
