import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type MailCatcher = { url: string; dir: string; stop(): Promise<void> };

/**
 * A real SMTP server on loopback that stores every message it accepts as an
 * .eml file: the app's default when no SMTP_URL is configured, and the tests'
 * inbox. Read the files with readCaughtMail.
 */
export async function startMailCatcher(options: { dir: string; port?: number }): Promise<MailCatcher> {
  const dir = path.resolve(options.dir);
  await mkdir(dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    // No reverse DNS of the client: it is loopback, and the lookup can stall where DNS is slow.
    disableReverseLookup: true,
    disabledCommands: ["STARTTLS"],
    // On stop, idle clients (a pooled connection kept open) are cut after a second, not smtp-server's 30.
    closeTimeout: 1_000,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        // Sortable by arrival, unique even within one millisecond.
        const name = `${Date.now().toString().padStart(15, "0")}-${randomBytes(4).toString("hex")}.eml`;
        writeFile(path.join(dir, name), Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    dir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
