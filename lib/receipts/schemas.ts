import { z } from "zod";
import { submissionKeySchema } from "@/lib/cases/schemas";

/** The upload's headers: the file name is URI-encoded by the browser so any script survives the trip. */
export const uploadHeadersSchema = z.object({
  fileName: z
    .string({ error: "receipts.fileNameMissing" })
    .min(1, "receipts.fileNameMissing")
    // Encoded, a Chinese character takes 9: a phone's longest name, 255 of them, is 2,295 characters here.
    .max(2400, "receipts.fileNameTooLong")
    .transform((value, ctx) => {
      try {
        return decodeURIComponent(value);
      } catch {
        ctx.addIssue({ code: "custom", message: "receipts.fileNameMissing" });
        return z.NEVER;
      }
    }),
  stepId: z
    .string()
    .max(64, "badRequest")
    .nullable()
    .transform((value) => value || null),
  /** The same file sent again after an answer that never came (decision 031). */
  submissionKey: submissionKeySchema,
});

export const receiptQuerySchema = z.object({
  variant: z.enum(["original", "thumbnail"]).catch("original"),
  download: z.enum(["1"]).optional().catch(undefined),
});
