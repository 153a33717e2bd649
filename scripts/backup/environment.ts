import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { serverEnv } from "@/lib/env/server-env";
import { s3ConfigFromEnv } from "@/lib/receipts/storage/s3-config";
import { createS3Client } from "@/lib/receipts/storage/s3-driver";
import type { Bucket } from "./bucket";
import { libpqUrl } from "./pg-tools";

/** The app's database and bucket, from the same environment the app reads. */
export async function connectTargets(): Promise<{ url: string; client: pg.Client; bucket: Bucket | null; close(): Promise<void> }> {
  const url = libpqUrl(serverEnv().DATABASE_URL);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const config = s3ConfigFromEnv();
  const bucket = config ? { s3: createS3Client(config, 3), name: config.bucket } : null;
  return {
    url,
    client,
    bucket,
    async close() {
      bucket?.s3.destroy();
      await client.end();
    },
  };
}

/** A script's failure: its message for the operator, exit code 1. */
export function fail(error: unknown): void {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}

/** The one directory a backup script works on, from `--<flag> <dir>`; without it, the usage line and exit code 2. */
export function directoryArgument(flag: "out" | "from", usage: string): string {
  const { values } = parseArgs({ options: { [flag]: { type: "string" } } });
  const value = values[flag];
  if (typeof value !== "string" || value === "") {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return path.resolve(value);
}
