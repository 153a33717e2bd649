import { z } from "zod";
import { CASE_STATUSES } from "./case-status";
import { OPERATOR_KEYS } from "./procedure-templates";

// The "My cases" list's filters, shared by its page, its filter form and list-cases.ts.

export const CASE_SORTS = ["updated", "due"] as const;
export const CASES_PER_PAGE = 20;

/** A status, or NEEDS_YOU: what the dashboard's "Needs you now" lists (open, in progress, flagged, or past its answer's due time). */
export const LIST_STATUS_FILTERS = [...CASE_STATUSES, "NEEDS_YOU"] as const;

/** The "My cases" list's query string; anything malformed falls back to the default. */
export const listCasesQuerySchema = z.object({
  status: z.enum(LIST_STATUS_FILTERS).optional().catch(undefined),
  operator: z.enum(OPERATOR_KEYS).optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  sort: z.enum(CASE_SORTS).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type ListCasesQuery = z.output<typeof listCasesQuerySchema>;
