import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

/** What the fake can be told to answer instead of the real result. */
export type TelegramFailure =
  | { kind: "blocked" }
  | { kind: "rateLimited"; retryAfter: number }
  | { kind: "serverError" }
  | { kind: "hang" };

export type RecordedCall = { method: string; params: Record<string, unknown>; at: number };

export type FakeMessage = {
  chatId: number;
  messageId: number;
  text: string;
  replyMarkup: unknown;
  edits: number;
};

type Rule = { method: string; chatId?: number; failure: TelegramFailure; remaining: number };
type PendingPoll = { offset: number; limit: number; finish: (status: number, body: unknown) => void };

const textOf = (params: Record<string, unknown>) => (typeof params.text === "string" ? params.text : "");

export const FAKE_BOT = { id: 7_000_000_001, username: "simcase_test_bot", first_name: "Simcase" };

/**
 * A Bot API server on a free local port, as grammY talks to it
 * (`${apiRoot}/bot<token>/<method>`, JSON in, `{ ok, result }` out). It keeps
 * the chats' messages, queues updates for getUpdates (long poll included),
 * records every call, and can be scripted to fail the next calls of a method
 * the ways Telegram does: 403 blocked, 429 with retry_after, 500, or no answer.
 */
export async function startFakeTelegramApi(options: { token?: string } = {}) {
  const token = options.token ?? "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";
  const calls: RecordedCall[] = [];
  const messages: FakeMessage[] = [];
  const rules: Rule[] = [];
  const updates: Record<string, unknown>[] = [];
  const hung = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  let nextUpdateId = 500_000;
  let nextMessageId = 1;
  let pending: PendingPoll | null = null;
  let webhook: { url: string; secretToken: string | null } | null = null;
  let polls = { inFlight: 0, maxInFlight: 0, conflicts: 0 };

  function reply(res: ServerResponse, status: number, body: unknown) {
    hung.delete(res);
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
  }
  const ok = (result: unknown) => ({ ok: true, result });
  const error = (code: number, description: string, parameters?: object) => ({ ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });

  function failureFor(method: string, params: Record<string, unknown>): TelegramFailure | null {
    const rule = rules.find((r) => r.method === method && (r.chatId === undefined || r.chatId === Number(params.chat_id)) && r.remaining > 0);
    if (!rule) return null;
    rule.remaining -= 1;
    return rule.failure;
  }

  function takeUpdates(offset: number, limit: number) {
    // Asking from an offset confirms every update before it, as Telegram does.
    while (updates.length > 0 && Number(updates[0]!.update_id) < offset) updates.shift();
    return updates.slice(0, limit);
  }

  function findMessage(params: Record<string, unknown>) {
    return messages.find((m) => m.chatId === Number(params.chat_id) && m.messageId === Number(params.message_id));
  }

  function toApiMessage(message: FakeMessage) {
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: message.chatId, type: "private" },
      from: { id: FAKE_BOT.id, is_bot: true, first_name: FAKE_BOT.first_name, username: FAKE_BOT.username },
      text: message.text,
      ...(message.replyMarkup ? { reply_markup: message.replyMarkup } : {}),
    };
  }

  function handle(method: string, params: Record<string, unknown>, res: ServerResponse) {
    const failure = failureFor(method, params);
    if (failure?.kind === "hang") return void hung.add(res);
    if (failure?.kind === "blocked") return reply(res, 403, error(403, "Forbidden: bot was blocked by the user"));
    if (failure?.kind === "rateLimited") {
      return reply(res, 429, error(429, `Too Many Requests: retry after ${failure.retryAfter}`, { retry_after: failure.retryAfter }));
    }
    if (failure?.kind === "serverError") return reply(res, 500, error(500, "Internal Server Error"));

    switch (method) {
      case "getMe":
        return reply(res, 200, ok({ ...FAKE_BOT, is_bot: true, can_join_groups: false, can_read_all_group_messages: false, supports_inline_queries: false }));
      case "setWebhook":
        webhook = { url: String(params.url), secretToken: typeof params.secret_token === "string" ? params.secret_token : null };
        return reply(res, 200, ok(true));
      case "deleteWebhook":
        webhook = null;
        return reply(res, 200, ok(true));
      case "getUpdates":
        return getUpdates(params, res);
      case "sendMessage": {
        const message: FakeMessage = { chatId: Number(params.chat_id), messageId: nextMessageId++, text: textOf(params), replyMarkup: params.reply_markup ?? null, edits: 0 };
        if (!message.text.trim()) return reply(res, 400, error(400, "Bad Request: message text is empty"));
        messages.push(message);
        return reply(res, 200, ok(toApiMessage(message)));
      }
      case "editMessageText": {
        const message = findMessage(params);
        if (!message) return reply(res, 400, error(400, "Bad Request: message to edit not found"));
        message.text = textOf(params);
        message.replyMarkup = params.reply_markup ?? null;
        message.edits += 1;
        return reply(res, 200, ok(toApiMessage(message)));
      }
      case "answerCallbackQuery":
        return reply(res, 200, ok(true));
      default:
        return reply(res, 404, error(404, "Not Found: method not found"));
    }
  }

  function getUpdates(params: Record<string, unknown>, res: ServerResponse) {
    if (webhook) return reply(res, 409, error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
    // A second poller ends the first one's request, as Telegram does.
    if (pending) {
      polls.conflicts += 1;
      pending.finish(409, error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"));
    }
    const offset = Number(params.offset ?? 0);
    const limit = Number(params.limit ?? 100);
    const timeout = Number(params.timeout ?? 0);
    const ready = takeUpdates(offset, limit);
    if (ready.length > 0 || timeout <= 0) return reply(res, 200, ok(ready));

    polls.inFlight += 1;
    polls.maxInFlight = Math.max(polls.maxInFlight, polls.inFlight);
    const poll: PendingPoll = {
      offset,
      limit,
      finish(status, body) {
        clearTimeout(timer);
        if (pending === poll) pending = null;
        polls.inFlight -= 1;
        reply(res, status, body);
      },
    };
    const timer = setTimeout(() => poll.finish(200, ok(takeUpdates(offset, limit))), timeout * 1000);
    res.on("close", () => {
      if (pending === poll) poll.finish(200, ok([]));
    });
    pending = poll;
  }

  function addUpdate(update: Record<string, unknown>): number {
    const id = nextUpdateId++;
    updates.push({ update_id: id, ...update });
    if (pending) pending.finish(200, ok(takeUpdates(pending.offset, pending.limit)));
    return id;
  }

  async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    if (!body) return {};
    if ((req.headers["content-type"] ?? "").includes("json")) return JSON.parse(body) as Record<string, unknown>;
    return Object.fromEntries(new URLSearchParams(body));
  }

  const server = createServer((req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://fake").pathname);
    readParams(req).then(
      (params) => {
        if (!match) return reply(res, 404, error(404, "Not Found"));
        if (match[1] !== token) return reply(res, 401, error(401, "Unauthorized"));
        calls.push({ method: match[2]!, params, at: Date.now() });
        handle(match[2]!, params, res);
      },
      () => reply(res, 400, error(400, "Bad Request: can't parse request body")),
    );
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let fromId = 1;
  const user = (chatId: number, languageCode = "en") => ({ id: chatId, is_bot: false, first_name: `Tester${fromId++}`, language_code: languageCode });

  return {
    apiRoot,
    token,
    calls,
    messages,
    get webhook() {
      return webhook;
    },
    get polls() {
      return polls;
    },
    /** Calls of one method, oldest first. */
    callsOf: (method: string) => calls.filter((call) => call.method === method),
    /** Messages the bot sent to (or edited in) one chat, oldest first. */
    messagesTo: (chatId: number) => messages.filter((message) => message.chatId === chatId),
    /** The next `times` calls of `method` (to `chatId` if given) fail this way. */
    fail(method: string, failure: TelegramFailure, times = 1, chatId?: number) {
      rules.push({ method, failure, remaining: times, chatId });
    },
    /** Lets every hung request go with a 500, and forgets the scripted failures. */
    recover() {
      rules.length = 0;
      for (const res of [...hung]) reply(res, 500, error(500, "Internal Server Error"));
    },
    resetPolls() {
      polls = { inFlight: polls.inFlight, maxInFlight: polls.inFlight, conflicts: 0 };
    },
    /** The update as Telegram would deliver it when the user types `text` in a private chat with the bot. */
    textUpdate(chatId: number, text: string, languageCode = "en") {
      const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined;
      return {
        message: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: "private", first_name: "Tester" },
          from: user(chatId, languageCode),
          text,
          ...(entities ? { entities } : {}),
        },
      };
    },
    /** The update for a press on an inline button of the bot's message. */
    callbackUpdate(chatId: number, messageId: number, data: string) {
      const message = messages.find((m) => m.chatId === chatId && m.messageId === messageId);
      return {
        callback_query: {
          id: String(nextUpdateId * 10 + fromId),
          from: user(chatId),
          chat_instance: String(chatId),
          data,
          ...(message ? { message: toApiMessage(message) } : {}),
        },
      };
    },
    /** Queues an update for getUpdates (answering a waiting long poll); returns its update_id. */
    addUpdate,
    /** Queues the update of the user typing `text`. */
    userSays(chatId: number, text: string, languageCode = "en") {
      return addUpdate(this.textUpdate(chatId, text, languageCode));
    },
    /** Queues the update of the user pressing a button. */
    userPresses(chatId: number, messageId: number, data: string) {
      return addUpdate(this.callbackUpdate(chatId, messageId, data));
    },
    /** Every update not yet confirmed by a getUpdates offset. */
    unconfirmed: () => [...updates],
    stop: async () => {
      for (const res of [...hung]) res.destroy();
      pending?.finish(200, ok([]));
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeTelegramApi = Awaited<ReturnType<typeof startFakeTelegramApi>>;
