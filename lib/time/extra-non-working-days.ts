import { serverEnv } from "@/lib/env/server-env";
import { parseExtraNonWorkingDays } from "./cambodian-holidays";

let cached: { source: string | undefined; days: ReadonlySet<string> } | undefined;

/** EXTRA_NON_WORKING_DAYS: dates (YYYY-MM-DD) the government adds or moves during the year. */
export function extraNonWorkingDays(): ReadonlySet<string> {
  const source = serverEnv().EXTRA_NON_WORKING_DAYS;
  if (!cached || cached.source !== source) cached = { source, days: parseExtraNonWorkingDays(source) };
  return cached.days;
}
