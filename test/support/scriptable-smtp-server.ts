import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; messageId: string; raw: string };

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(raw);
  return match?.[1]?.replace(/\r?\n[ \t]+/g, " ").trim() ?? "";
}

/**
 * A real SMTP server for tests that can be told to refuse the next messages
 * with a given reply code (4xx: try later, 5xx: never), to be slow, or to
 * hold the next message unanswered until the test lets it through.
 */
export async function startScriptableSmtpServer(options: { delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  let holdsLeft = 0;
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // No reverse DNS of the client: it is loopback, and the lookup can stall where DNS is slow.
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        const code = refusals.shift();
        if (code !== undefined) {
          callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }));
          return;
        }
        const accept = () => {
          received.push({ to: header(raw, "To"), subject: header(raw, "Subject"), messageId: header(raw, "Message-ID"), raw });
          callback();
        };
        if (holdsLeft > 0) {
          holdsLeft -= 1;
          held.push(accept);
        } else if (options.delayMs) setTimeout(accept, options.delayMs);
        else accept();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** The next `times` messages get `code` instead of being accepted. */
    refuseNext(code: number, times = 1) {
      for (let i = 0; i < times; i += 1) refusals.push(code);
    },
    /** The next message is read but not answered until `releaseHeld`. */
    holdNext() {
      holdsLeft += 1;
    },
    heldCount: () => held.length,
    releaseHeld() {
      for (const accept of held.splice(0)) accept();
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
