import "server-only";
import { db } from "@/lib/db/client";

/**
 * Books the bot's next send slot, `gapSeconds` after the last one booked by
 * any worker (or now, if that is past), and returns how long to wait for it.
 * The database's clock is the only one used, so workers' clocks may differ.
 */
export async function bookTelegramSendSlot(gapSeconds: number): Promise<number> {
  const [row] = await db().$queryRaw<{ waitMs: number }[]>`
    INSERT INTO "TelegramSendPace" (id, "nextSlot")
    VALUES (1, (clock_timestamp() AT TIME ZONE 'UTC') + make_interval(secs => ${gapSeconds}::float8))
    ON CONFLICT (id) DO UPDATE
       SET "nextSlot" = greatest(clock_timestamp() AT TIME ZONE 'UTC', "TelegramSendPace"."nextSlot") + make_interval(secs => ${gapSeconds}::float8)
    RETURNING greatest(0, extract(epoch FROM ("nextSlot" - make_interval(secs => ${gapSeconds}::float8) - (clock_timestamp() AT TIME ZONE 'UTC'))) * 1000)::float8 AS "waitMs"`;
  return row?.waitMs ?? 0;
}
