import type { AddressInfo, Server, Socket } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { to: string; subject: string; messageId: string; raw: string };

function header(raw: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(raw);
  return match?.[1]?.replace(/\r?\n[ \t]+/g, " ").trim() ?? "";
}

function listen(server: Server, port: number): Promise<void> {
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
  const sockets = new Set<Socket>();
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
  server.server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await listen(server.server, 0);
  const { port } = server.server.address() as AddressInfo;

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
    /** Takes connections on its port and never answers, on them or on those open, until the returned function is called. */
    stall(): () => Promise<void> {
      // Connections already open go silent too: nothing more is read from them, so nothing is answered.
      for (const socket of sockets) socket.pause();
      // The port stays listening: closing it and listening again left a moment
      // in which another socket could take it (seen once, as EADDRINUSE).
      const answering = server.server.listeners("connection") as ((socket: Socket) => void)[];
      server.server.removeAllListeners("connection");
      const silent = new Set<Socket>();
      const hold = (socket: Socket) => {
        silent.add(socket);
        socket.on("error", () => undefined);
      };
      server.server.on("connection", hold);
      return async () => {
        dead = true;
        const all = [...silent, ...sockets];
        for (const socket of all) socket.destroy();
        // A message cut off by the destroy must end as not taken (`dead`), however late its stream ends.
        await Promise.all(all.map((socket) => (socket.closed ? Promise.resolve() : new Promise((resolve) => socket.once("close", resolve)))));
        await new Promise((resolve) => setImmediate(resolve));
        server.server.off("connection", hold);
        for (const listener of answering) server.server.on("connection", listener);
        dead = false;
      };
    },
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      if (server.server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
