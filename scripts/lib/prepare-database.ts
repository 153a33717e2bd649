import { applyMigrations } from "@/lib/db/migrations";
import { installQueues } from "@/lib/jobs/install-queues";
import { jobDefinitions } from "../../worker-jobs";

/** Brings a database up to date: pending migrations, then the job queues. Safe to run at every start. */
export async function prepareDatabase(url: string): Promise<string[]> {
  const applied = await applyMigrations(url);
  await installQueues(url, jobDefinitions);
  return applied;
}
