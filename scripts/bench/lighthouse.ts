// `npm run bench:lighthouse`: Lighthouse (mobile: a mid-range phone, 4x CPU
// slowdown, slow 4G, simulated) on the production build (`npm run build`
// first), signed in, in English and Chinese: a new Smart case's page and the
// dashboard. Prints each page's performance, accessibility and best-practices
// scores with its largest paint and blocking time. Nothing leaves the machine:
// Debian's Chromium (CHROMIUM_PATH) and a fresh embedded Postgres. Prints
// figures; asserts nothing. Run it with nothing else busy: a loaded machine
// inflates the measured tasks.
//
// Lighthouse runs through npx at a pinned version (fetched from npm on first
// use) rather than as a dependency: its 200 packages would be installed on
// every CI run for a figure CI does not read.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { startTestDatabase } from "@/test/support/test-database";
import { startAppServer } from "./lib/app-server";

const database = await startTestDatabase("simcase_bench_lighthouse");
// The domain functions below write through the app's client, to this database.
process.env.DATABASE_URL = database.url;
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.SMTP_URL ??= "smtp://127.0.0.1:1";
const { createTestSession, createTestUser } = await import("@/test/support/factories");
const { createCase } = await import("@/lib/cases/create-case");
const { createCaseSchema } = await import("@/lib/cases/schemas");
const { db } = await import("@/lib/db/client");

const LIGHTHOUSE = "lighthouse@12.8.2";
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync";
type Report = { categories: Record<string, { score: number | null }>; audits: Record<string, { displayValue?: string }> };

const dir = await mkdtemp(path.join(os.tmpdir(), "simcase-lighthouse-"));
async function audit(url: string, cookie: string): Promise<Report> {
  const output = path.join(dir, "report.json");
  await promisify(execFile)(
    "npx",
    ["--yes", LIGHTHOUSE, url, "--quiet", `--chrome-flags=${CHROME_FLAGS}`, `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      "--only-categories=performance,accessibility,best-practices", "--output=json", `--output-path=${output}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(await readFile(output, "utf8")) as Report;
}

const server = await startAppServer(database.url);
try {
  const user = await createTestUser();
  const session = await createTestSession(user.id);
  const smart = await createCase(
    user.id,
    createCaseSchema.parse({ operator: "SMART", simKind: "PHYSICAL", cardType: "SEVEN_DAY", phoneNumber: "012 345 678", providerName: "", orderNumber: "", nickname: "", leavingOn: "", notes: "" }),
  );
  for (const locale of ["en", "zh"]) {
    const cookie = `authjs.session-token=${session.sessionToken}; NEXT_LOCALE=${locale}`;
    for (const [name, page] of [["case page", `/cases/${smart.id}`], ["dashboard", "/"]] as const) {
      // One load first, so the figures are the page's and not the server's first run of it.
      await fetch(`${server.origin}${page}`, { headers: { cookie } }).then((response) => response.arrayBuffer());
      const { categories, audits } = await audit(`${server.origin}${page}`, cookie);
      const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
      console.log(
        `${locale} ${name.padEnd(10)} performance ${score("performance")}, accessibility ${score("accessibility")}, best-practices ${score("best-practices")}` +
          ` (LCP ${audits["largest-contentful-paint"]?.displayValue}, TBT ${audits["total-blocking-time"]?.displayValue}, CLS ${audits["cumulative-layout-shift"]?.displayValue})`,
      );
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
  await server.stop();
  await db().$disconnect();
  await database.stop();
}
