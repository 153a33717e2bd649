import type pg from "pg";

export type SeedShape = {
  /** Cases of `bench-user-0`, the user under test. */
  heavy: number;
  /** Cases of `bench-user-big`, to show what grows with one user's cases. */
  veryHeavy: number;
  /** Cases of `bench-user-mid`: a list under the count's cap, read through the matches rather than the owner's ordered index. */
  mid?: number;
  total: number;
  otherUsers: number;
};

/**
 * The benchmarks' data, written by Postgres itself: users, cases spread over
 * operators and states, each with 5 procedure steps, a 4-item checklist and a
 * timeline entry. Far faster than going through the app, and the same rows.
 */
export async function seedCases(sql: pg.Client, shape: SeedShape): Promise<{ cases: number; steps: number }> {
  const { heavy, veryHeavy, mid = 0, total, otherUsers } = shape;
  await sql.query(`
    INSERT INTO "User" (id, email, "updatedAt", "emailVerified")
    SELECT 'bench-user-' || g, 'bench' || g || '@example.com', now(), now() FROM generate_series(0, ${otherUsers}) g;
    INSERT INTO "User" (id, email, "updatedAt", "emailVerified") VALUES ('bench-user-big', 'bench-big@example.com', now(), now()),
      ('bench-user-mid', 'bench-mid@example.com', now(), now());

    INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", nickname, notes,
                        status, "expectedBy", "nextDueAt", "createdAt", "updatedAt")
    SELECT 'case-' || g,
           CASE WHEN g < ${heavy} THEN 'bench-user-0'
                WHEN g < ${heavy + veryHeavy} THEN 'bench-user-big'
                WHEN g < ${heavy + veryHeavy + mid} THEN 'bench-user-mid'
                ELSE 'bench-user-' || (1 + g % ${otherUsers}) END,
           (ARRAY['SMART','METFONE','COOTEL','SEATEL','ESIM','OTHER'])[1 + g % 6]::"Operator",
           'PHYSICAL', 'SEVEN_DAY',
           '+85512' || lpad((g % 1000000)::text, 6, '0'),
           'SIM ' || g,
           CASE WHEN g % 7 = 0 THEN 'agent said to call back, ticket ' || g END,
           (ARRAY['OPEN','IN_PROGRESS','WAITING_FOR_OPERATOR','DONE','NEEDS_ACTION','GIVEN_UP'])[1 + g % 6]::"CaseStatus",
           CASE WHEN g % 6 = 2 THEN now() + (g % 7) * interval '1 day' END,
           CASE WHEN g % 6 = 2 THEN now() + (g % 7) * interval '1 day'
                WHEN g % 6 IN (0, 1, 4) AND g % 3 = 0 THEN now() + (g % 30) * interval '1 day' END,
           now() - g * interval '1 minute', now() - g * interval '1 minute'
      FROM generate_series(0, ${total - 1}) g;

    INSERT INTO "CaseStep" (id, "caseId", kind, position, title, state, "updatedAt")
    SELECT c.id || '-p' || s, c.id, 'PROCEDURE', s, 'Procedure step ' || s,
           CASE WHEN s < abs(hashtext(c.id)) % 6 THEN 'DONE' ELSE 'TODO' END::"StepState", now()
      FROM "Case" c, generate_series(0, 4) s;

    INSERT INTO "CaseStep" (id, "caseId", kind, position, title, state, "updatedAt")
    SELECT c.id || '-c' || s, c.id, 'CHECK', s, 'Check ' || s, 'TODO', now()
      FROM "Case" c, generate_series(0, 3) s;

    INSERT INTO "CaseEvent" (id, "caseId", "actorId", kind, "createdAt")
    SELECT 'event-' || c.id, c.id, c."ownerId", 'CASE_CREATED', c."createdAt" FROM "Case" c;

    ANALYZE;
  `);
  const { rows } = await sql.query<{ cases: string; steps: string }>(
    `SELECT (SELECT count(*) FROM "Case") AS cases, (SELECT count(*) FROM "CaseStep") AS steps`,
  );
  return { cases: Number(rows[0]!.cases), steps: Number(rows[0]!.steps) };
}
