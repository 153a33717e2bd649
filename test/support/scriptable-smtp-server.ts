import net, { type AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; messageId: string; raw: string };

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(raw);
  return match?.[1]?.replace(/\r?\n[ \t]+/g, " ").trim() ?? "";
}

function listen(server: net.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * A real SMTP server for tests that can be told to refuse the next messages
 * with a given reply code (4xx: try later, 5xx: never), to be slow, to hold
 * the next message unanswered until the test lets it through, to die (every
 * connection destroyed, in the middle of DATA too) and come back on the same
 * port, or to stall: take connections and never say a word.
 */
export async function startScriptableSmtpServer(options: { delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refused: ReceivedMail[] = [];
  const sockets = new Set<net.Socket>();
  let dead = false;
  let onDataChunk: (() => void) | undefined;
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
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8");
        onDataChunk?.();
      });
      stream.on("end", () => {
        // Destroyed mid-message: the client never heard "250", so the message was not taken.
        if (dead) return;
        const code = refusals.shift();
        const mail = () => ({ to: header(raw, "To"), subject: header(raw, "Subject"), messageId: header(raw, "Message-ID"), raw });
        if (code !== undefined) {
          refused.push(mail());
          callback(Object.assign(new Error(code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: code }));
          return;
        }
        const accept = () => {
          if (dead) return;
          received.push(mail());
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
  // A client that goes away (a killed worker) resets its connection: that is not the test's failure.
  server.on("error", () => undefined);
  server.server.on("connection", (socket: net.Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await listen(server.server, 0);
  const { port } = server.server.address() as AddressInfo;
  let blackHole: net.Server | undefined;

  const kill = async () => {
    dead = true;
    onDataChunk = undefined;
    const closed = new Promise<void>((resolve) => server.server.close(() => resolve()));
    for (const socket of sockets) socket.destroy();
    await closed;
  };
  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Messages read in full and then refused (`refuseNext`). */
    refused,
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
    /** Dies the next time a message is halfway through DATA: every connection destroyed, the port closed. */
    killDuringNextData(): Promise<void> {
      return new Promise((resolve) => {
        onDataChunk = () => void kill().then(resolve);
      });
    },
    kill,
    /** Listens again on the same port. */
    async restart() {
      await listen(server.server, port);
      dead = false;
    },
    /** Takes connections on the same port and never answers, until `restart`. */
    async stall() {
      // Connections already open go silent too: nothing more is read from them, so nothing is answered.
      for (const socket of sockets) socket.pause();
      // Stops listening at once; the callback would wait for the silent connections to end.
      server.server.close();
      const held = new Set<net.Socket>();
      blackHole = net.createServer((socket) => {
        held.add(socket);
        socket.on("error", () => undefined);
      });
      blackHole.on("close", () => held.forEach((socket) => socket.destroy()));
      await listen(blackHole, port);
      return async () => {
        const closed = new Promise<void>((resolve) => blackHole!.close(() => resolve()));
        held.forEach((socket) => socket.destroy());
        dead = true;
        for (const socket of sockets) socket.destroy();
        await closed;
        await listen(server.server, port);
        dead = false;
      };
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      if (server.server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
