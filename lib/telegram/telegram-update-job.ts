import "server-only";
import type { Update } from "grammy/types";
import { z } from "zod";
import { db, type Prisma } from "@/lib/db/client";
import { defineJob } from "@/lib/jobs/define-job";
import { handleTelegramUpdate } from "./handle-telegram-update";

/** An update is kept this long at most (then forgotten, handled or not), so Telegram sending it again is recognised. */
const REMEMBER_MS = 24 * 3_600_000;

/**
 * How long a take holds. Handling one update takes seconds (a few Bot API
 * calls with their own deadlines); a take older than this belongs to a worker
 * that died, and pg-boss retries the job after the same time.
 */
const TAKE_SECONDS = 300;

/**
 * Handles one stored update. It is taken by setting `handledAt`, so two jobs
 * for the same update do not both act; a failure gives it back for the retry,
 * and a worker's death gives it back when its take runs out. Once handled its
 * payload is erased.
 */
export const telegramUpdateJob = defineJob({
  name: "telegram.update",
  payload: z.object({ updateId: z.number().int().nonnegative() }),
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  expireInSeconds: TAKE_SECONDS,
  async handler({ updateId }) {
    const id = BigInt(updateId);
    const now = new Date();
    const abandoned = new Date(now.getTime() - TAKE_SECONDS * 1000);
    const taken = await db().$queryRaw<{ payload: Prisma.JsonValue }[]>`
      UPDATE "TelegramUpdate" SET "handledAt" = ${now}
       WHERE id = ${id} AND payload IS NOT NULL AND ("handledAt" IS NULL OR "handledAt" < ${abandoned})
      RETURNING payload`;
    if (taken.length === 0) return;
    try {
      await handleTelegramUpdate(taken[0]!.payload as unknown as Update);
    } catch (error) {
      await db().telegramUpdate.update({ where: { id }, data: { handledAt: null } });
      throw error;
    }
    await db().$transaction([
      db().$executeRaw`UPDATE "TelegramUpdate" SET payload = NULL WHERE id = ${id}`,
      db().telegramUpdate.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - REMEMBER_MS) } } }),
    ]);
  },
});
