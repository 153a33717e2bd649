import "server-only";
import { db, Prisma } from "@/lib/db/client";
import { toAsciiDigits } from "./ascii-digits";
import { COUNTRY_CODE } from "./phone-number";
import { needsYouCaseSql } from "./needs-you-sql";
import { CASES_PER_PAGE, type ListCasesQuery } from "./list-schemas";

type CaseRow = Prisma.CaseGetPayload<object>;

export type CaseListItem = Pick<
  CaseRow,
  | "id"
  | "operator"
  | "providerName"
  | "phoneNumber"
  | "orderNumber"
  | "nickname"
  | "status"
  | "expectedBy"
  | "noProofConfirmed"
  | "leavingOn"
  | "closedAt"
  | "nextDueAt"
  | "updatedAt"
> & {
  progress: { done: number; total: number };
  /** Title of the first procedure step still to do. */
  nextStep: string | null;
  /** The next step's template, so the list can name it in the reader's language. */
  nextStepKey: string | null;
  /** A step that hands the request to the operator is done. */
  handedOver: boolean;
};

/** Past this many matches the list says "more than": counting every match of a broad search costs more than it tells. */
export const COUNT_CAP = 1_000;

export type CaseList = {
  items: CaseListItem[];
  /** Matching cases, at most COUNT_CAP. */
  total: number;
  /** More than COUNT_CAP cases match. */
  more: boolean;
  page: number;
  pageCount: number;
};

type ListRow = Omit<CaseListItem, "progress" | "handedOver"> & {
  matched: bigint;
  stepsTotal: bigint | null;
  stepsDone: bigint | null;
  handedOver: boolean | null;
};

/** LIKE treats these as wildcards; a user's "50%" means the characters. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/**
 * What the search box matches: the case's searchText (nickname, notes, order
 * number, provider and number, kept by a trigger), through a pg_trgm index
 * that finds the few matching rows of all users before the owner's are kept,
 * so a narrow search costs the same at 5,000 cases as at 50,000; a broad one
 * goes through the owner's own rows, and its count stops at COUNT_CAP.
 */
function searchCondition(q: string): Prisma.Sql {
  const conditions = [Prisma.sql`c."searchText" ILIKE ${likePattern(q)}`];
  // Numbers are stored as +855…; match what was typed, without its trunk 0 or country code.
  const typed = toAsciiDigits(q).replace(/\D/g, "");
  const digits = typed.replace(new RegExp(`^${COUNTRY_CODE}`), "").replace(/^0/, "");
  if (digits.length >= 3 && digits !== q) conditions.push(Prisma.sql`c."searchText" LIKE ${likePattern(digits)}`);
  // Fewer digits after a country code or trunk 0 ("+855 12", "012"): where the number starts.
  else if (digits.length > 0 && digits !== typed) conditions.push(Prisma.sql`c."searchText" LIKE ${likePattern(`+${COUNTRY_CODE}${digits}`)}`);
  return Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
}

/**
 * One page of the user's cases, in one statement: the page, the number of
 * matching cases up to COUNT_CAP (same snapshot, so they never disagree), and
 * for the page's cases only, their procedure steps summed up.
 */
export async function listCases(userId: string, query: ListCasesQuery, now = new Date()): Promise<CaseList> {
  const conditions = [Prisma.sql`c."ownerId" = ${userId}`];
  if (query.status === "NEEDS_YOU") conditions.push(needsYouCaseSql(now));
  else if (query.status) conditions.push(Prisma.sql`c.status = ${query.status}::"CaseStatus"`);
  if (query.operator) conditions.push(Prisma.sql`c.operator = ${query.operator}::"Operator"`);
  if (query.q) conditions.push(searchCondition(query.q));
  // The order and the one column it reads: for a plain list the owner's index holds both (an index-only scan).
  const { order, sortKey } =
    query.sort === "due"
      ? { order: Prisma.sql`"nextDueAt" ASC NULLS LAST, id ASC`, sortKey: Prisma.sql`c."nextDueAt"` }
      : { order: Prisma.sql`"updatedAt" DESC, id DESC`, sortKey: Prisma.sql`c."updatedAt"` };

  const where = Prisma.join(conditions, " AND ");
  const columns = Prisma.sql`c.id, c.operator::text AS operator, c."providerName", c."phoneNumber", c."orderNumber", c.nickname,
    c.status::text AS status, c."expectedBy", c."noProofConfirmed", c."leavingOn", c."closedAt", c."nextDueAt", c."updatedAt"`;
  const window = Prisma.sql`ORDER BY ${order} LIMIT ${CASES_PER_PAGE} OFFSET ${(query.page - 1) * CASES_PER_PAGE}`;
  // The matches are found once, up to COUNT_CAP + 1 of them, with their sort
  // key: that is the count, and when it is within the cap, the page is picked
  // out of those same rows, so a search walks its trigram index once, not
  // twice, and only the page's cases are read in full. (Picking the page's
  // columns straight from "Case" by the matches' ids let Postgres read the
  // whole table for an owner of a few hundred cases.) Past the cap only the
  // second branch runs (Postgres skips the other on its one-time filter): the
  // page through the owner's ordered index, without holding every match.
  // A window count would hold every match in memory before the first row.
  // The LEFT JOIN keeps one row (ids null) to carry the count past the last page.
  const rows = await db().$queryRaw<ListRow[]>`
    WITH hits AS MATERIALIZED (SELECT c.id, ${sortKey} FROM "Case" c WHERE ${where} LIMIT ${COUNT_CAP + 1}),
    matched AS (SELECT count(*) AS n FROM hits),
    picked AS (
      (SELECT id FROM hits WHERE (SELECT n FROM matched) <= ${COUNT_CAP} ${window})
      UNION ALL
      (SELECT c.id FROM "Case" c WHERE ${where} AND (SELECT n FROM matched) > ${COUNT_CAP} ${window})),
    page AS (SELECT ${columns} FROM "Case" c WHERE c.id IN (SELECT id FROM picked))
    SELECT matched.n AS matched, page.*, steps.total AS "stepsTotal", steps.done AS "stepsDone", steps."nextStep", steps."nextStepKey",
           steps."handedOver"
      FROM matched
      LEFT JOIN page ON true
      LEFT JOIN LATERAL (
        SELECT count(*) AS total,
               count(*) FILTER (WHERE state <> 'TODO') AS done,
               (array_agg(title ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStep",
               (array_agg("templateKey" ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStepKey",
               coalesce(bool_or("startsWaiting" AND state = 'DONE'), false) AS "handedOver"
          FROM "CaseStep" WHERE "caseId" = page.id AND kind = 'PROCEDURE') steps ON page.id IS NOT NULL
     ORDER BY ${order}`;

  const matched = Number(rows[0]?.matched ?? 0);
  const total = Math.min(matched, COUNT_CAP);
  const found = rows.filter((row) => row.id !== null);
  return {
    items: found.map(({ matched: _matched, stepsTotal, stepsDone, handedOver, ...row }) => ({
      ...row,
      progress: { done: Number(stepsDone ?? 0), total: Number(stepsTotal ?? 0) },
      handedOver: handedOver ?? false,
    })),
    total,
    more: matched > COUNT_CAP,
    page: query.page,
    // Past the cap the list cannot say how many pages there are: one more while pages come back full.
    pageCount:
      matched > COUNT_CAP
        ? Math.max(Math.ceil(COUNT_CAP / CASES_PER_PAGE), query.page + (found.length === CASES_PER_PAGE ? 1 : 0))
        : Math.max(1, Math.ceil(total / CASES_PER_PAGE)),
  };
}
