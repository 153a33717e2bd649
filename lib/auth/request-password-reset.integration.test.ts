import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createTestUser, uniqueEmail } from "@/test/support/factories";
import { requestPasswordReset } from "./request-password-reset";
import { sendPasswordResetEmailJob } from "./send-password-reset-email";
import { testDatabaseUrl } from "@/test/support/test-env";

const client = new pg.Client({ connectionString: testDatabaseUrl() });
await client.connect();
afterAll(() => client.end());

async function queuedJobs() {
  const { rows } = await client.query<{ data: unknown }>("SELECT data FROM pgboss.job WHERE name = $1", [
    sendPasswordResetEmailJob.name,
  ]);
  return rows.map((row) => row.data);
}

describe("requestPasswordReset", () => {
  it("queues a job carrying only the account id for a known email, in any case", async () => {
    const user = await createTestUser();
    await requestPasswordReset(`  ${user.email.toUpperCase()}`);
    expect(await queuedJobs()).toEqual([{ userId: user.id }]);
  });

  it("queues nothing for an unknown email", async () => {
    await requestPasswordReset(uniqueEmail("nobody"));
    expect(await queuedJobs()).toEqual([]);
  });
});
