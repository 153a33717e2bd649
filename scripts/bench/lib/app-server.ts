import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import pg from "pg";
import { allocatorEnv } from "@/scripts/lib/allocator-env";
import { freePort } from "@/test/support/test-database";

/** The production web server (scripts/web-server.mjs over the last `npm run build`) on a free port, as `npm start` runs it. */
export async function startAppServer(databaseUrl: string): Promise<{ origin: string; child: ChildProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["scripts/web-server.mjs"], {
    env: {
      ...process.env,
      ...allocatorEnv(process.env),
      NODE_ENV: "production",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      APP_URL: origin,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      SMTP_URL: "smtp://127.0.0.1:1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let tries = 0; ; tries += 1) {
    const up = await fetch(`${origin}/sign-in`).then((response) => response.ok, () => false);
    if (up) break;
    if (tries > 300 || child.exitCode !== null) throw new Error("the web server did not start (run `npm run build` first)");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Resident memory of a process and all its descendants, in MB (Linux /proc). */
export async function treeRssMb(pid: number): Promise<number> {
  const parents = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields.length < 22) continue;
    parents.set(Number(entry), Number(fields[1]));
    rss.set(Number(entry), (Number(fields[21]) * 4096) / 1024 / 1024);
  }
  const inTree = (candidate: number): boolean => candidate === pid || (candidate > 1 && inTree(parents.get(candidate) ?? 0));
  return [...rss.entries()].filter(([candidate]) => inTree(candidate)).reduce((sum, [, value]) => sum + value, 0);
}

/** Users with a session and one case each, written straight into the database. */
export async function seedUploaders(databaseUrl: string, count: number) {
  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  const users = [];
  for (let index = 0; index < count; index += 1) {
    const id = `bench-uploader-${index}-${randomBytes(3).toString("hex")}`;
    const token = randomBytes(32).toString("base64url");
    await sql.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, now())`, [id, `${id}@example.com`]);
    await sql.query(`INSERT INTO "Session" ("sessionToken", "userId", expires, "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, id]);
    await sql.query(
      `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", "updatedAt")
       VALUES ($1, $2, 'SMART', 'PHYSICAL', 'SEVEN_DAY', '+85512000000', now())`,
      [`case-${id}`, id],
    );
    users.push({ caseId: `case-${id}`, cookie: `authjs.session-token=${token}` });
  }
  await sql.end();
  return users;
}
