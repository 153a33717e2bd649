import "server-only";
import { configuredS3Driver } from "./receipt-storage";

/** As short as the database's probe: a bucket that takes longer is as good as unreachable to a load balancer. */
const PROBE_TIMEOUT_MS = 2_000;

export type StorageReadiness = { ok: true } | { ok: false; reason: "unreachable" };

/**
 * Whether the receipt bucket answers (one HeadBucket: it checks the
 * credentials too), or null when no bucket is configured.
 */
export async function checkStorageReady(): Promise<StorageReadiness | null> {
  const driver = configuredS3Driver();
  if (!driver) return null;
  return (await driver.checkReachable(PROBE_TIMEOUT_MS)) ? { ok: true } : { ok: false, reason: "unreachable" };
}
