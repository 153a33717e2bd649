import { z } from "zod";
import { serverEnv } from "@/lib/env/server-env";
import { sameOriginOnly } from "@/lib/http/same-origin";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { dispatchRemindersJob } from "@/lib/reminders/dispatch-reminders-job";

const bodySchema = z.object({ advanceHours: z.number().min(0).max(24 * 60) });

/**
 * End-to-end tests only (ENABLE_TEST_CONTROLS=1, refused unless APP_URL is
 * local): runs the reminder dispatch as if it were `advanceHours` later.
 * Anywhere else this route does not exist.
 */
export const POST = sameOriginOnly(
  () => serverEnv().APP_URL,
  async (request: Request) => {
    if (!serverEnv().ENABLE_TEST_CONTROLS) return new Response("Not found", { status: 404 });
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return Response.json({ error: "advanceHours: a number of hours" }, { status: 400 });
    const asOf = new Date(Date.now() + body.data.advanceHours * 3_600_000).toISOString();
    await enqueueJob(dispatchRemindersJob, { asOf });
    return Response.json({ asOf });
  },
);
