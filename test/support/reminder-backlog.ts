import pg from "pg";

import { createBoss } from "@/lib/jobs/create-boss";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";
import type { ReceivedMail } from "./scriptable-smtp-server";
import { startWorkerProcess } from "./worker-process";
import { testDatabaseUrl } from "@/test/support/test-env";

/** `count` waiting cases of one owner, each with one reminder due a minute ago, ids `<prefix>-reminder-<n>`. */
export async function seedDueReminders(ownerId: string, count: number, prefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "Case" (id, "ownerId", operator, "simKind", "cardType", "phoneNumber", status, "expectedBy", "updatedAt")
       SELECT $3 || '-case-' || g, $1, 'SMART', 'PHYSICAL', 'SEVEN_DAY', '+85512' || lpad(g::text, 6, '0'), 'WAITING_FOR_OPERATOR', now(), now()
         FROM generate_series(1, $2) g`,
      [ownerId, count, prefix],
    );
    await client.query(
      `INSERT INTO "Reminder" (id, "caseId", kind, sequence, round, "dueAt", "updatedAt")
       SELECT $2 || '-reminder-' || g, $2 || '-case-' || g, 'CHECK', 0, 0, now() - interval '1 minute', now()
         FROM generate_series(1, $1) g`,
      [count, prefix],
    );
  } finally {
    await client.end();
  }
}

/** Queues one dispatch run, as the worker's minute schedule would. */
export async function triggerDispatch(): Promise<void> {
  const boss = createBoss(testDatabaseUrl(), "client");
  await boss.start();
  try {
    await boss.send(dispatchRemindersJob.name, {});
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** How many times each reminder id arrived at the SMTP server. */
export function deliveriesById(mails: ReceivedMail[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mail of mails) {
    const id = /<reminder-([^@]+)@/.exec(mail.messageId)?.[1];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The real worker process against this run's database and the given SMTP server. */
export function startTestWorker(smtpUrl: string, extra: Record<string, string> = {}) {
  return startWorkerProcess({
    DATABASE_URL: testDatabaseUrl(),
    SMTP_URL: smtpUrl,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    APP_URL: "http://localhost:3000",
    ...extra,
  });
}
