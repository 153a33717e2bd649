import { requireUser } from "@/lib/auth/current-user";
import { exportAccountData } from "@/lib/account/export-account-data";
import { zonedDateString } from "@/lib/time/zoned-time";

/** The signed-in user's data as a ZIP, streamed as it is made. */
export async function GET(): Promise<Response> {
  const user = await requireUser("/account/data");
  const now = new Date();
  const body = await exportAccountData(user.id, now);
  return new Response(body, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="simcase-export-${zonedDateString(now, user.timeZone)}.zip"`,
      // Receipts can be passport scans: nothing kept in any cache.
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
