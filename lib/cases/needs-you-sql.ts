import "server-only";
import { Prisma } from "@/lib/db/client";

// What "needs you" means, in one place for the dashboard's group and the list's
// NEEDS_YOU filter that its "see more" link opens: the two must agree on every case.
// The SQL names the case table `c`.

/** Flagged by the user, or waiting past the day the operator's answer was due. */
export function urgentCaseSql(now: Date): Prisma.Sql {
  return Prisma.sql`(c.status = 'NEEDS_ACTION' OR (c.status = 'WAITING_FOR_OPERATOR' AND c."expectedBy" <= ${now}))`;
}

/** Steps still to do: not yet handed to the operator. */
export const TO_DO_CASE_SQL = Prisma.sql`c.status IN ('OPEN', 'IN_PROGRESS')`;

export function needsYouCaseSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${TO_DO_CASE_SQL} OR ${urgentCaseSql(now)})`;
}
