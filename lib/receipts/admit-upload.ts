import "server-only";
import { createAdmission, type Ticket } from "./admission";
import { DECODER_LIMITS } from "./limits";

export type UploadTicket = Ticket;

/**
 * A place for one upload of this user's in this process, or null when the user
 * or the process has as many going as allowed (answer 429). Taken before the
 * body is read, so uploads that are turned away are never held in memory.
 */
export const admitUpload = createAdmission({ perUser: DECODER_LIMITS.uploadsPerUser, perProcess: DECODER_LIMITS.uploadsPerProcess });
