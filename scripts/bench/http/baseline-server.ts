// The raw baseline for `npm run bench:http`: node:http and pg, no framework.
// It does what the "My cases" page does with the database, one user's session
// then one page of cases with their step summary and count, and answers with
// the same rows as gzipped JSON. Whatever the app costs beyond this is the
// price of React, Next.js, Prisma and next-intl.
import http from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import pg from "pg";

const gzipAsync = promisify(gzip);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const PAGE_SIZE = 20;

const SESSION_SQL = `
  SELECT u.id, u.locale, u."timeZone" FROM "Session" s JOIN "User" u ON u.id = s."userId"
   WHERE s."sessionToken" = $1 AND s.expires > now()`;

const LIST_SQL = `
  WITH matched AS (
    SELECT count(*) AS n FROM "Case" c
     WHERE c."ownerId" = $1 AND ($2::text IS NULL OR c."searchText" ILIKE '%' || $2 || '%')),
  page AS (
    SELECT c.id, c.operator, c."providerName", c."phoneNumber", c."orderNumber", c.nickname, c.status,
           c."expectedBy", c."leavingOn", c."nextDueAt", c."updatedAt"
      FROM "Case" c
     WHERE c."ownerId" = $1 AND ($2::text IS NULL OR c."searchText" ILIKE '%' || $2 || '%')
     ORDER BY c."updatedAt" DESC, c.id DESC LIMIT ${PAGE_SIZE} OFFSET $3)
  SELECT matched.n, page.*, steps.*
    FROM matched LEFT JOIN page ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS total, count(*) FILTER (WHERE state <> 'TODO') AS done,
             (array_agg(title ORDER BY position) FILTER (WHERE state = 'TODO'))[1] AS "nextStep"
        FROM "CaseStep" WHERE "caseId" = page.id AND kind = 'PROCEDURE') steps ON page.id IS NOT NULL
   ORDER BY page."updatedAt" DESC, page.id DESC`;

function sessionToken(cookie: string | undefined): string | null {
  const match = /(?:^|;\s*)authjs\.session-token=([^;]+)/.exec(cookie ?? "");
  return match ? decodeURIComponent(match[1]!) : null;
}

const server = http.createServer((request, response) => {
  void (async () => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname !== "/cases") return response.writeHead(404).end();
    const token = sessionToken(request.headers.cookie);
    const user = token ? (await pool.query<{ id: string }>(SESSION_SQL, [token])).rows[0] : undefined;
    if (!user) return response.writeHead(307, { location: "/sign-in" }).end();
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
    const q = url.searchParams.get("q")?.trim() || null;
    const { rows } = await pool.query<{ n: string; id: string | null }>(LIST_SQL, [user.id, q, (page - 1) * PAGE_SIZE]);
    const body = await gzipAsync(JSON.stringify({ total: Number(rows[0]?.n ?? 0), items: rows.filter((row) => row.id) }));
    response.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip", "content-length": body.length }).end(body);
  })().catch((error: unknown) => {
    console.error(error);
    response.writeHead(500).end();
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("baseline: listening"));
process.on("SIGTERM", () => server.close(() => void pool.end().then(() => process.exit(0))));
