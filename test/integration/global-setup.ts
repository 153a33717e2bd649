import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startTestDatabase } from "../support/test-database";
import { startMailCatcher } from "@/lib/mail/start-mail-catcher";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    mailDir: string;
    smtpUrl: string;
  }
}

/**
 * One fresh database for the whole run (on DATABASE_URL's server when set, else
 * on an embedded Postgres started here) and one SMTP catcher as the inbox.
 */
export default async function setup(project: TestProject) {
  const database = await startTestDatabase("simcase_it");
  const tmp = await mkdtemp(path.join(os.tmpdir(), "simcase-it-"));
  const mail = await startMailCatcher({ dir: path.join(tmp, `mail-${randomBytes(3).toString("hex")}`) });
  project.provide("databaseUrl", database.url);
  project.provide("mailDir", mail.dir);
  project.provide("smtpUrl", mail.url);
  return async () => {
    await mail.stop();
    await database.stop();
    await rm(tmp, { recursive: true, force: true });
  };
}
