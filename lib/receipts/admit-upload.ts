import "server-only";
import { DECODER_LIMITS } from "./limits";

const perUser = new Map<string, number>();
let total = 0;

export type UploadTicket = { release(): void };

/**
 * A place for one upload of this user's in this process, or null when the user
 * or the process has as many going as allowed (answer 429). Taken before the
 * body is read, so uploads that are turned away are never held in memory.
 * The counts are per process: N web servers take N times as many.
 */
export function admitUpload(userId: string): UploadTicket | null {
  const mine = perUser.get(userId) ?? 0;
  if (mine >= DECODER_LIMITS.uploadsPerUser || total >= DECODER_LIMITS.uploadsPerProcess) return null;
  perUser.set(userId, mine + 1);
  total += 1;
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      total -= 1;
      const left = (perUser.get(userId) ?? 1) - 1;
      if (left > 0) perUser.set(userId, left);
      else perUser.delete(userId);
    },
  };
}
