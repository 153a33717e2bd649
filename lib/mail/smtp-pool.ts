import type { Transport } from "nodemailer";
import type MailMessage from "nodemailer/lib/mailer/mail-message";
import SMTPConnection from "nodemailer/lib/smtp-connection/index.js";
import type SMTPTransport from "nodemailer/lib/smtp-transport";

export type SmtpDeadlines = {
  /** TCP (and TLS) connect. */
  connectMs: number;
  /** The server's 220 greeting after connecting. */
  greetingMs: number;
  /** Silence while waiting for any one reply (EHLO, MAIL FROM, RCPT TO, DATA, the final 250). */
  commandMs: number;
  /** One whole message, from asking for a connection to the final reply: past it the connection is destroyed. */
  messageMs: number;
};

export const DEFAULT_DEADLINES: SmtpDeadlines = { connectMs: 10_000, greetingMs: 10_000, commandMs: 30_000, messageMs: 45_000 };

type Info = SMTPTransport.SentMessageInfo;
type Lane = { connection: SMTPConnection; messages: number; broken: boolean; idleTimer?: NodeJS.Timeout; onFailure?: (error: Error) => void };

/** A fresh connection is opened after this many messages, as nodemailer's pool does. */
const MESSAGES_PER_CONNECTION = 100;
/** An idle connection is closed well before servers close it (often after 60 s), so it is never found half-closed. */
const IDLE_CLOSE_MS = 15_000;

function failure(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/**
 * The app's SMTP transport: up to `size` connections, each sending one
 * message at a time, every step under a deadline.
 *
 * nodemailer's own pool leaks a connection slot whenever opening a
 * connection fails through a custom socket (ours sets TCP_NODELAY): after a
 * short outage every slot is taken by a connection that never opened, and no
 * message is ever sent again (see docs/decisions/012). Here a failed or slow
 * connection is always destroyed and its slot given back, and a send always
 * settles, at the latest when `messageMs` runs out.
 */
export class SmtpPool implements Transport<Info> {
  readonly name = "simcase-smtp-pool";
  readonly version = "1";
  private readonly idle: Lane[] = [];
  private readonly waiting: (() => void)[] = [];
  private inUse = 0;
  private closed = false;

  constructor(
    private readonly options: SMTPConnection.Options & { auth?: SMTPConnection.Credentials },
    private readonly size: number,
    private readonly deadlines: SmtpDeadlines = DEFAULT_DEADLINES,
  ) {}

  send(mail: MailMessage<Info>, callback: (error: Error | null, info: Info) => void): void {
    this.acquire(() => this.deliver(mail, callback));
  }

  /** Opens a connection, reads the greeting and says goodbye: is the server there? */
  verify(): Promise<true> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(failure("SMTP server did not answer in time", "ETIMEDOUT")), this.deadlines.messageMs);
      this.open((error, lane) => {
        clearTimeout(timer);
        if (error || !lane) return reject(error ?? failure("no connection", "ECONNECTION"));
        lane.broken = true;
        lane.connection.quit();
        resolve(true);
      });
    });
  }

  close(): void {
    this.closed = true;
    for (const lane of this.idle.splice(0)) this.destroy(lane);
  }

  private acquire(run: () => void): void {
    if (this.inUse < this.size) {
      this.inUse += 1;
      run();
    } else this.waiting.push(run);
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) setImmediate(next);
    else this.inUse -= 1;
  }

  private deliver(mail: MailMessage<Info>, callback: (error: Error | null, info: Info) => void): void {
    let settled = false;
    let lane: Lane | undefined;
    const finish = (error: Error | null, info?: Info) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      if (lane) {
        lane.onFailure = undefined;
        if (error) this.destroy(lane);
        else this.recycle(lane);
      }
      this.releaseSlot();
      callback(error, info as Info);
    };
    const deadline = setTimeout(
      () => finish(failure(`SMTP send did not finish within ${this.deadlines.messageMs / 1000} s`, "ETIMEDOUT")),
      this.deadlines.messageMs,
    );
    if (this.closed) return finish(failure("mail transport closed", "ECONNECTION"));

    // Built whole before a connection is taken: streamed, the message left in
    // dozens of small socket writes (a header line, a few encoded lines),
    // each its own syscall and packet, and the connection sat idle while the
    // MIME tree was encoded. A message is a few kilobytes; attachments are not mailed.
    mail.message.build((buildError, raw) => {
      if (buildError) return finish(buildError);
      if (settled) return;
      this.take((error, taken) => {
        if (error || !taken) return finish(error ?? failure("no connection", "ECONNECTION"));
        if (settled) return this.destroy(taken);
        lane = taken;
        lane.onFailure = (failed) => finish(failed);
        const envelope = mail.message.getEnvelope();
        const messageId = mail.message.messageId();
        lane.connection.send(envelope, raw, (sendError, info) => {
          if (sendError) return finish(sendError);
          lane!.messages += 1;
          finish(null, { ...info, envelope, messageId, pending: [] });
        });
      });
    });
  }

  /** An idle connection that is still sound, or a new one. */
  private take(callback: (error: Error | null, lane?: Lane) => void): void {
    let lane = this.idle.pop();
    while (lane && (lane.broken || lane.connection._socket?.destroyed)) {
      this.destroy(lane);
      lane = this.idle.pop();
    }
    if (lane) {
      clearTimeout(lane.idleTimer);
      return callback(null, lane);
    }
    this.open(callback);
  }

  private open(callback: (error: Error | null, lane?: Lane) => void): void {
    const connection = new SMTPConnection({
      ...this.options,
      connectionTimeout: this.deadlines.connectMs,
      greetingTimeout: this.deadlines.greetingMs,
      socketTimeout: this.deadlines.commandMs,
    });
    const lane: Lane = { connection, messages: 0, broken: false };
    let opened = false;
    const fail = (error: Error) => {
      lane.broken = true;
      if (!opened) {
        opened = true;
        this.destroy(lane);
        return callback(error);
      }
      // Mid-message this fails the send; while idle it just drops the connection.
      if (lane.onFailure) lane.onFailure(error);
      else this.forget(lane);
    };
    connection.on("error", (error: Error) => fail(error));
    connection.on("end", () => fail(failure("SMTP server closed the connection", "ECONNECTION")));
    connection.connect(() => {
      // Each command is a small write that waits for a reply: Nagle's algorithm would hold every one for a delayed ACK.
      connection._socket?.setNoDelay?.(true);
      const auth = this.options.auth;
      if (!auth?.user) return done();
      connection.login(auth, (error) => (error ? fail(error) : done()));
    });
    const done = () => {
      if (opened) return;
      opened = true;
      callback(null, lane);
    };
  }

  private recycle(lane: Lane): void {
    if (this.closed || lane.broken || lane.messages >= MESSAGES_PER_CONNECTION) {
      if (!lane.broken) lane.connection.quit();
      lane.broken = true;
      return;
    }
    lane.idleTimer = setTimeout(() => {
      this.forget(lane);
      lane.broken = true;
      lane.connection.quit();
    }, IDLE_CLOSE_MS);
    lane.idleTimer.unref();
    this.idle.push(lane);
  }

  private forget(lane: Lane): void {
    const index = this.idle.indexOf(lane);
    if (index !== -1) this.idle.splice(index, 1);
    clearTimeout(lane.idleTimer);
  }

  /** Gone for good: the socket is destroyed, not ended, so a stalled peer cannot keep it. */
  private destroy(lane: Lane): void {
    lane.broken = true;
    this.forget(lane);
    lane.connection.close();
    lane.connection._socket?.destroy();
  }
}
