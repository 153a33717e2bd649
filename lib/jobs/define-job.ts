import type { z } from "zod";

export type JobContext = { jobId: string; attempt: number };

/**
 * The payload field enqueueJob adds for the request that queued a job. Not
 * "requestId": the email-change job's payload already names its own request
 * row so; no payload may use this one.
 */
export const REQUEST_ID_FIELD = "_requestId";

export type JobDefinition<Payload extends z.ZodType = z.ZodType> = {
  /** Queue name; never rename one that may still hold jobs. */
  name: string;
  /** Ids and flags only: payloads sit in the queue table, so no personal data goes in them. */
  payload: Payload;
  retry: { limit: number; delaySeconds: number; backoff: boolean };
  /**
   * How long one run may take before pg-boss counts its worker dead and the
   * job fails into its retry (pg-boss's default: 15 minutes).
   */
  expireInSeconds?: number;
  /**
   * Its runs send email, so they fail while the SMTP server is away: the
   * worker runs their pending retries as soon as the server is back, rather
   * than when the backoff says (decision 014).
   */
  sendsMail?: boolean;
  /** Also run on this schedule (cron, UTC), by pg-boss's own scheduler in the worker. */
  cron?: string;
  handler: (payload: z.infer<Payload>, context: JobContext) => Promise<void>;
};

export function defineJob<Payload extends z.ZodType>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}
