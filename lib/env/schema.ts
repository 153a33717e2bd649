import { createPrivateKey } from "node:crypto";
import { z } from "zod";
import { parseExtraNonWorkingDays } from "@/lib/time/cambodian-holidays";

const postgresUrl = z
  .string({ error: "is required" })
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), "must be a postgresql:// connection string");

const smtpUrl = z
  .string()
  .refine((value) => /^smtps?:\/\/[^/]+/.test(value), "must be an smtp:// or smtps:// URL");

const httpUrl = z.string().transform((value, ctx) => {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "must be an http:// or https:// URL" });
  return z.NEVER;
});

const dnsLabels = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * A PEM RSA private key. Env files and secret stores often hold one line, so
 * literal "\n" escapes are accepted. Checked here because nodemailer, given a
 * key it cannot use, sends the message unsigned without a word.
 */
const dkimPrivateKey = z.string().transform((value, ctx) => {
  const pem = value.replace(/\\r\\n|\\n/g, "\n").trim();
  try {
    const key = createPrivateKey(pem);
    if (key.asymmetricKeyType === "rsa" && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 1024) return `${pem}\n`;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "must be an RSA private key of at least 1024 bits (2048 advised) in PEM, newlines as \\n allowed" });
  return z.NEVER;
});

const DKIM_VARIABLES = ["DKIM_DOMAIN", "DKIM_SELECTOR", "DKIM_PRIVATE_KEY"] as const;

/** An S3-compatible endpoint: scheme, host and any path, kept without trailing slashes ("https://s3.example/" is written either way). */
const s3Endpoint = z.string().transform((value, ctx) => {
  try {
    const url = new URL(value);
    if ((url.protocol === "http:" || url.protocol === "https:") && !url.search && !url.hash) {
      return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    }
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "must be an http:// or https:// URL (no query string)" });
  return z.NEVER;
});

const flag = (name: string) =>
  z
    .enum(["0", "1", "true", "false"], { error: `must be "1" or "0" (${name})` })
    .optional()
    .transform((value) => value === "1" || value === "true");

const LOCAL_APP_URL = "http://localhost:3000";

/** What the web server and the worker need; the start script fills in dev defaults. */
export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  APP_URL: httpUrl.optional(),
  AUTH_SECRET: z
    .string({ error: "is required (generate one with: openssl rand -base64 32)" })
    .min(32, "must be at least 32 characters (generate one with: openssl rand -base64 32)"),
  SMTP_URL: smtpUrl,
  MAIL_FROM: z.string().min(3).default("Simcase <no-reply@simcase.local>"),
  /** Non-working days on top of the built-in Cambodian holidays, e.g. "2026-04-13,2026-12-31". */
  EXTRA_NON_WORKING_DAYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseExtraNonWorkingDays(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `must be dates like 2026-04-13, comma-separated (${(error as Error).message})` });
      }
    }),
  /** The lease on claimed reminders: a running worker renews it every third of this; a dead one's claims are sent again after it. */
  REMINDER_CLAIM_TIMEOUT_SECONDS: z.coerce
    .number({ error: "must be a number of seconds" })
    .int()
    .min(1, "must be at least 1 second")
    .default(45),
  /** Reminder emails one worker sends at once. */
  REMINDER_SEND_CONCURRENCY: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1, "must be between 1 and 50")
    .max(50, "must be between 1 and 50")
    .default(8),
  /**
   * How many proxies of ours stand in front of the web server and append the
   * address they saw to X-Forwarded-For. 0 (no proxy) uses the socket's
   * address and ignores every X-Forwarded-* header the client sends.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ error: "must be a whole number from 0 to 10" })
    .int("must be a whole number from 0 to 10")
    .min(0, "must be a whole number from 0 to 10")
    .max(10, "must be a whole number from 0 to 10")
    .default(0),
  /** The d= of the DKIM signature: the domain whose DNS publishes the key, normally MAIL_FROM's domain. */
  DKIM_DOMAIN: z.string().regex(dnsLabels, "must be a domain name, like simcase.example").optional(),
  /** The s= of the signature: the key's TXT record is at <selector>._domainkey.<domain>. */
  DKIM_SELECTOR: z.string().regex(dnsLabels, "must be letters, digits, - and dots, like mail2026").optional(),
  DKIM_PRIVATE_KEY: dkimPrivateKey.optional(),
  /** Where the local mail catcher stores messages; set only when mail is caught. */
  MAIL_CATCHER_DIR: z.string().min(1).optional(),
  /** The bot's token from BotFather; while unset, Telegram is hidden everywhere. */
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must be a bot token from BotFather, like 123456789:AAE…")
    .optional(),
  /** Where the Bot API answers; tests point it at a fake. */
  TELEGRAM_API_ROOT: httpUrl.default("https://api.telegram.org"),
  /** When set, Telegram posts updates to /api/telegram/webhook with this secret; when unset, the worker polls. */
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
    .optional(),
  /** Where new receipt files go: Postgres (the default) or an S3-compatible bucket; docs/decisions/024-receipt-objects.md. */
  RECEIPT_STORAGE: z.enum(["postgres", "s3"], { error: 'must be "postgres" or "s3"' }).default("postgres"),
  /** The S3-compatible service; unset means AWS itself (for S3_REGION). */
  S3_ENDPOINT: s3Endpoint.optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]{2,32}$/, "must be a region name like eu-west-1").default("us-east-1"),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3 to 63 of a-z, 0-9, . and -")
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** "1": https://endpoint/bucket/key rather than https://bucket.endpoint/key (MinIO and most self-hosted stores want it). */
  S3_FORCE_PATH_STYLE: flag("S3_FORCE_PATH_STYLE"),
  /** Log lines below this level are not written (lib/log/logger.ts); "silent" writes none. */
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "must be one of fatal, error, warn, info, debug, trace, silent" })
    .default("info"),
  /** "1" turns on the end-to-end tests' controls (moving the reminder clock). Refused unless APP_URL is local. */
  ENABLE_TEST_CONTROLS: z
    .enum(["0", "1"], { error: 'must be "0" or "1"' })
    .optional()
    .transform((value) => value === "1"),
})
  .superRefine((env, ctx) => {
    // Email links and the Origin check use it: in production it must be the real public address.
    if (env.NODE_ENV === "production" && !env.APP_URL) {
      ctx.addIssue({ code: "custom", path: ["APP_URL"], message: "is required in production (the app's public https:// address)" });
    }
    if (env.TELEGRAM_WEBHOOK_SECRET && !env.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: "custom", path: ["TELEGRAM_WEBHOOK_SECRET"], message: "needs TELEGRAM_BOT_TOKEN as well" });
    }
    // Half a DKIM setup would send unsigned mail while the operator believes it is signed.
    const dkimSet = DKIM_VARIABLES.filter((name) => env[name] !== undefined);
    if (dkimSet.length > 0 && dkimSet.length < DKIM_VARIABLES.length) {
      for (const name of DKIM_VARIABLES.filter((name) => env[name] === undefined)) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: `is required as well, since ${dkimSet.join(" and ")} ${dkimSet.length > 1 ? "are" : "is"} set (DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY go together, or none)`,
        });
      }
    }
    // Set S3 variables are checked even under RECEIPT_STORAGE=postgres: receipts moved there are still read from the bucket.
    if (env.RECEIPT_STORAGE === "s3" || env.S3_BUCKET) {
      for (const name of ["S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: `is required when ${env.RECEIPT_STORAGE === "s3" ? "RECEIPT_STORAGE=s3" : "S3_BUCKET is set"}` });
      }
    }
    const appUrl = env.APP_URL ?? LOCAL_APP_URL;
    if (env.ENABLE_TEST_CONTROLS && !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(appUrl)) {
      ctx.addIssue({
        code: "custom",
        path: ["ENABLE_TEST_CONTROLS"],
        message: "is only allowed when APP_URL is http://localhost or http://127.0.0.1",
      });
    }
  })
  .transform((env) => ({ ...env, APP_URL: env.APP_URL ?? LOCAL_APP_URL }));

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** One line per bad variable, naming it and what is expected. */
export function describeEnvError(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`)
    .join("; ");
}

/** Parses an environment, or throws an Error whose message is one line naming every bad variable. */
export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>): z.infer<S> {
  // Empty strings count as unset: `FOO= npm start` should not mean "configured".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new EnvError(`Invalid environment: ${describeEnvError(result.error)}`);
  return result.data;
}

export class EnvError extends Error {
  override name = "EnvError";
}
