import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { readBodyWithLimit } from "@/lib/http/read-body";
import { receiveTelegramUpdate } from "@/lib/telegram/receive-telegram-update";
import { telegramConfig } from "@/lib/telegram/telegram-config";

const MAX_UPDATE_BYTES = 1_000_000;
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const answer = (status: number) => new Response(null, { status });

/**
 * Telegram posts each update here when TELEGRAM_WEBHOOK_SECRET is set, with
 * that secret in a header: anything else is refused before it is read. The
 * update is stored and handled by a job, so Telegram gets its answer at once.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = telegramConfig()?.webhookSecret;
  if (!secret) return answer(404);
  if (!sameSecret(request.headers.get("x-telegram-bot-api-secret-token") ?? "", secret)) return answer(401);
  const body = await readBodyWithLimit(request, MAX_UPDATE_BYTES);
  if (!body) return answer(413);
  let parsed: z.infer<typeof updateSchema>;
  try {
    parsed = updateSchema.parse(JSON.parse(body.toString("utf8")));
  } catch {
    return answer(400);
  }
  await receiveTelegramUpdate(parsed);
  return answer(200);
}
