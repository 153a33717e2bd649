import { writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FakeTelegramApi } from "@/test/support/fake-telegram-api";

export type SayRequest = { chatId: number; text: string; firstName?: string };
export type PressRequest = { chatId: number; messageId: number; data: string };

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}

/**
 * The fake Bot API lives in the e2e server's process, the tests in
 * Playwright's: this small HTTP server lets a test act as a Telegram user
 * (type a message, press a button) and read what the bot sent to a chat.
 * Its address goes to `urlFile`.
 */
export async function serveFakeTelegramControl(fake: FakeTelegramApi, urlFile: string) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://control");
    readJson(req).then(
      (body) => {
        if (req.method === "GET" && url.pathname === "/messages") return send(res, 200, fake.messagesTo(Number(url.searchParams.get("chatId"))));
        if (req.method === "POST" && url.pathname === "/say") {
          const { chatId, text, firstName } = body as SayRequest;
          const update = fake.textUpdate(chatId, text);
          if (firstName) update.message.chat.first_name = firstName;
          return send(res, 200, { updateId: fake.addUpdate(update) });
        }
        if (req.method === "POST" && url.pathname === "/press") {
          const { chatId, messageId, data } = body as PressRequest;
          return send(res, 200, { updateId: fake.userPresses(chatId, messageId, data) });
        }
        send(res, 404, { error: "not found" });
      },
      () => send(res, 400, { error: "bad JSON" }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  await writeFile(urlFile, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return {
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
