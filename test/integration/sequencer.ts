import { BaseSequencer, type TestSpecification } from "vitest/node";

// Scenarios that spend a minute or more waiting on a real worker process (an
// SMTP outage, a stall, a lease running out). Started first, their waits
// overlap with the rest of the files instead of ending the run alone.
const LONG_WAITS = /\/lib\/reminders\/(mail-outage|mail-stall|worker-crash|two-workers|postgres-restart)\.integration\.test\.ts$/;

export class LongWaitsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const long = sorted.filter((file) => LONG_WAITS.test(file.moduleId));
    return [...long, ...sorted.filter((file) => !LONG_WAITS.test(file.moduleId))];
  }
}
