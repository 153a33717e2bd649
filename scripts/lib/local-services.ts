import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { parseEnv } from "@/lib/env/schema";
import { startMailCatcher } from "@/lib/mail/start-mail-catcher";

export const DATA_DIR = path.resolve(process.env.SIMCASE_DATA_DIR ?? ".data");

const launcherEnvSchema = z.object({
  PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(3000),
  EMBEDDED_POSTGRES_PORT: z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535).default(54329),
  DATABASE_URL: z.string().optional(),
  SMTP_URL: z.string().optional(),
  AUTH_SECRET: z.string().optional(),
  APP_URL: z.string().optional(),
});

export type LocalServices = {
  /** Variables to add to the app's environment. */
  env: Record<string, string>;
  stop(): Promise<void>;
};

async function devAuthSecret(): Promise<string> {
  const file = path.join(DATA_DIR, "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  await chmod(file, 0o600);
  return secret;
}

/**
 * Fills in what the environment leaves out, for local use: a real Postgres
 * (embedded, data in .data/postgres) when DATABASE_URL is unset, an SMTP
 * catcher (mail in .data/mail, shown at /dev/mail) when SMTP_URL is unset and
 * a generated AUTH_SECRET, kept in .data/, in development only.
 */
export async function startLocalServices(mode: "development" | "production"): Promise<LocalServices> {
  const config = parseEnv(launcherEnvSchema, process.env);
  await mkdir(DATA_DIR, { recursive: true });
  const env: Record<string, string> = {};
  const stops: (() => Promise<void>)[] = [];

  if (mode === "production" && !config.AUTH_SECRET) {
    throw new Error("Invalid environment: AUTH_SECRET is required in production (generate one with: openssl rand -base64 32)");
  }
  if (mode === "production" && !config.SMTP_URL) {
    throw new Error("Invalid environment: SMTP_URL is required in production (an smtp:// or smtps:// URL)");
  }
  if (!config.AUTH_SECRET) env.AUTH_SECRET = await devAuthSecret();
  // In production APP_URL must be given (the environment check says so); locally it follows the port.
  if (mode === "development" && !config.APP_URL) env.APP_URL = `http://localhost:${config.PORT}`;
  env.PORT = String(config.PORT);

  try {
    if (!config.DATABASE_URL) {
      const server = await startEmbeddedPostgres({
        dataDir: path.join(DATA_DIR, "postgres"),
        port: config.EMBEDDED_POSTGRES_PORT,
        persistent: true,
      });
      stops.push(() => server.stop());
      await server.createDatabase("simcase");
      env.DATABASE_URL = server.urlFor("simcase");
      console.log(`postgres: embedded, port ${config.EMBEDDED_POSTGRES_PORT}, data in ${path.join(DATA_DIR, "postgres")}`);
    }
    if (!config.SMTP_URL) {
      const catcher = await startMailCatcher({ dir: path.join(DATA_DIR, "mail") });
      stops.push(() => catcher.stop());
      env.SMTP_URL = catcher.url;
      env.MAIL_CATCHER_DIR = catcher.dir;
      console.log(`mail: caught locally in ${catcher.dir}; read it at ${env.APP_URL}/dev/mail`);
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    throw error;
  }

  return {
    env,
    async stop() {
      for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.warn(String(error)));
    },
  };
}
