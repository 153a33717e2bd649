import "server-only";
import { createAdmission } from "../admission";

/**
 * A pack is drawn in memory on the web server's thread (up to 40 MB of proof):
 * one at a time per user, and a few per process, so that many requests at
 * once cannot take the server's memory or time. Over that: 429, try again.
 */
export const admitProofPack = createAdmission({ perUser: 1, perProcess: 2 });
