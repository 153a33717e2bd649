import type pg from "pg";

/**
 * Everything of one account a write could touch, as comparable text: the
 * user's row, and every row of its cases, steps, events, reminders, receipts,
 * sessions, tokens and create forms' submission keys. Equal snapshots mean nothing of the account was written.
 */
export async function userDataSnapshot(sql: pg.Client, userId: string): Promise<Record<string, string>> {
  const rows = (table: string, where: string) =>
    `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "${table}" t WHERE ${where})`;
  const ofCases = `t."caseId" IN (SELECT id FROM "Case" WHERE "ownerId" = $1)`;
  const { rows: [snapshot] } = await sql.query<Record<string, string>>(
    `SELECT ${rows("User", "t.id = $1")} AS user,
            ${rows("Case", `t."ownerId" = $1`)} AS cases,
            ${rows("CaseStep", ofCases)} AS steps,
            ${rows("CaseEvent", `${ofCases} OR t."actorId" = $1`)} AS events,
            ${rows("Reminder", ofCases)} AS reminders,
            ${rows("Receipt", `t."ownerId" = $1`)} AS receipts,
            (SELECT count(*)::text FROM "Session" WHERE "userId" = $1) AS sessions,
            ${rows("PasswordResetToken", `t."userId" = $1`)} AS "resetTokens",
            ${rows("EmailVerificationToken", `t."userId" = $1`)} AS "verificationTokens",
            ${rows("EmailChangeRequest", `t."userId" = $1`)} AS "emailChanges",
            ${rows("CalendarFeed", `t."userId" = $1`)} AS "calendarFeed",
            ${rows("TelegramLinkToken", `t."userId" = $1`)} AS "telegramTokens",
            ${rows("Submission", `t."userId" = $1`)} AS submissions`,
    [userId],
  );
  return snapshot!;
}
