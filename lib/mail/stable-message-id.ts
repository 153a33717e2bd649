import "server-only";
import { serverEnv } from "@/lib/env/server-env";

/**
 * A Message-ID made from something that outlives one send attempt (a row id,
 * a job id), never drawn at send time: a message sent again after a failure
 * or a crash carries the same one, and mail clients show it once.
 * e.g. stableMessageId("reminder", "abc") is "<reminder-abc@simcase.example>".
 */
export function stableMessageId(kind: string, id: string): string {
  // Only characters that need no quoting in a msg-id (RFC 5322 dot-atom-text).
  const local = `${kind}-${id}`.replace(/[^A-Za-z0-9._-]/g, "_");
  return `<${local}@${new URL(serverEnv().APP_URL).hostname}>`;
}
