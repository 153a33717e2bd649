import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, serverEnvSchema } from "./schema";

const valid = {
  DATABASE_URL: "postgresql://u:p@127.0.0.1:5432/simcase",
  AUTH_SECRET: "s".repeat(32),
  SMTP_URL: "smtp://127.0.0.1:2525",
};

describe("server environment", () => {
  it("accepts a complete environment and fills in defaults", () => {
    const env = parseEnv(serverEnvSchema, valid);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.NODE_ENV).toBe("development");
    expect(env.MAIL_FROM).toContain("@");
    expect(env.LOG_LEVEL).toBe("info");
  });

  it("keeps only the origin of APP_URL", () => {
    expect(parseEnv(serverEnvSchema, { ...valid, APP_URL: "https://simcase.example/some/path" }).APP_URL).toBe(
      "https://simcase.example",
    );
  });

  it.each([
    ["DATABASE_URL", { ...valid, DATABASE_URL: "mysql://x" }, /^Invalid environment: DATABASE_URL must be a postgresql:\/\//],
    ["SMTP_URL", { ...valid, SMTP_URL: "http://mail" }, /^Invalid environment: SMTP_URL must be an smtp:\/\//],
    ["AUTH_SECRET", { ...valid, AUTH_SECRET: "short" }, /^Invalid environment: AUTH_SECRET must be at least 32/],
    ["APP_URL", { ...valid, APP_URL: "localhost:3000" }, /^Invalid environment: APP_URL must be an http/],
    ["TRUSTED_PROXY_HOPS", { ...valid, TRUSTED_PROXY_HOPS: "one" }, /^Invalid environment: TRUSTED_PROXY_HOPS must be a whole number/],
    ["TRUSTED_PROXY_HOPS", { ...valid, TRUSTED_PROXY_HOPS: "11" }, /^Invalid environment: TRUSTED_PROXY_HOPS must be a whole number/],
    ["LOG_LEVEL", { ...valid, LOG_LEVEL: "verbose" }, /^Invalid environment: LOG_LEVEL must be one of fatal, error, warn/],
  ])("names a malformed %s in one line", (_name, source, message) => {
    expect(() => parseEnv(serverEnvSchema, source)).toThrow(message);
    try {
      parseEnv(serverEnvSchema, source);
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("wants the public address and no test controls in production", () => {
    expect(() => parseEnv(serverEnvSchema, { ...valid, NODE_ENV: "production" })).toThrow(/APP_URL is required in production/);
    expect(
      parseEnv(serverEnvSchema, { ...valid, NODE_ENV: "production", APP_URL: "https://simcase.example" }).APP_URL,
    ).toBe("https://simcase.example");
    expect(() =>
      parseEnv(serverEnvSchema, { ...valid, APP_URL: "https://simcase.example", ENABLE_TEST_CONTROLS: "1" }),
    ).toThrow(/ENABLE_TEST_CONTROLS is only allowed when APP_URL is http:\/\/localhost/);
    expect(parseEnv(serverEnvSchema, { ...valid, ENABLE_TEST_CONTROLS: "1" }).ENABLE_TEST_CONTROLS).toBe(true);
  });

  it("names a URL that cannot be parsed instead of crashing", () => {
    expect(() => parseEnv(serverEnvSchema, { ...valid, APP_URL: "http://exa mple" })).toThrow(/^Invalid environment: APP_URL must be an http/);
  });

  it("treats an empty value as missing", () => {
    expect(() => parseEnv(serverEnvSchema, { ...valid, AUTH_SECRET: "" })).toThrow(/AUTH_SECRET is required/);
  });

  it("lists every bad variable on the same line", () => {
    expect(() => parseEnv(serverEnvSchema, {})).toThrow(/DATABASE_URL .*; AUTH_SECRET .*; SMTP_URL /);
  });
  it("takes Telegram as optional: no token means the feature is off, a malformed one is named", () => {
    const off = parseEnv(serverEnvSchema, valid);
    expect(off.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(off.TELEGRAM_API_ROOT).toBe("https://api.telegram.org");
    const on = parseEnv(serverEnvSchema, {
      ...valid,
      TELEGRAM_BOT_TOKEN: "123456789:AAE_abcdefghijklmnopqrstuvwxyz",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
      TELEGRAM_WEBHOOK_SECRET: "a".repeat(32),
    });
    expect(on.TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
    expect(() => parseEnv(serverEnvSchema, { ...valid, TELEGRAM_BOT_TOKEN: "not-a-token" })).toThrow(/TELEGRAM_BOT_TOKEN must be a bot token/);
    expect(() => parseEnv(serverEnvSchema, { ...valid, TELEGRAM_WEBHOOK_SECRET: "a".repeat(32) })).toThrow(/TELEGRAM_WEBHOOK_SECRET needs TELEGRAM_BOT_TOKEN/);
    expect(() =>
      parseEnv(serverEnvSchema, { ...valid, TELEGRAM_BOT_TOKEN: "123456789:AAE_abcdefghijklmnopqrstuvwxyz", TELEGRAM_WEBHOOK_SECRET: "has spaces in it!!" }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET must be 16 to 256 characters/);
  });

  describe("DKIM", () => {
    const pem = (modulusLength: number) =>
      generateKeyPairSync("rsa", { modulusLength }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const key = pem(2048);
    const dkim = { DKIM_DOMAIN: "simcase.example", DKIM_SELECTOR: "mail2026" };

    it("is off with none of its variables, on with all three; a key on one line with \\n escapes is taken", () => {
      expect(parseEnv(serverEnvSchema, valid).DKIM_PRIVATE_KEY).toBeUndefined();
      expect(parseEnv(serverEnvSchema, { ...valid, ...dkim, DKIM_PRIVATE_KEY: key })).toMatchObject({ ...dkim, DKIM_PRIVATE_KEY: key });
      const oneLine = key.trim().replace(/\n/g, "\\n");
      expect(oneLine).not.toContain("\n");
      expect(parseEnv(serverEnvSchema, { ...valid, ...dkim, DKIM_PRIVATE_KEY: oneLine }).DKIM_PRIVATE_KEY).toBe(key);
    });

    it.each([
      ["the domain alone", { DKIM_DOMAIN: "simcase.example" }, /DKIM_SELECTOR is required as well, since DKIM_DOMAIN is set .*; DKIM_PRIVATE_KEY is required as well/],
      ["no key", { ...dkim }, /^Invalid environment: DKIM_PRIVATE_KEY is required as well, since DKIM_DOMAIN and DKIM_SELECTOR are set \(DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY go together, or none\)$/],
      ["the key alone", { DKIM_PRIVATE_KEY: key }, /DKIM_DOMAIN is required as well, since DKIM_PRIVATE_KEY is set/],
    ])("refuses a partial setup (%s), naming what is missing", (_case, partial, message) => {
      expect(() => parseEnv(serverEnvSchema, { ...valid, ...partial })).toThrow(message);
    });

    it.each([
      ["a key that is not PEM", { ...dkim, DKIM_PRIVATE_KEY: "not a key" }, /DKIM_PRIVATE_KEY must be an RSA private key/],
      ["a public key", { ...dkim, DKIM_PRIVATE_KEY: generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString() }, /DKIM_PRIVATE_KEY must be an RSA private key/],
      ["an Ed25519 key (nodemailer signs with RSA only)", { ...dkim, DKIM_PRIVATE_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString() }, /DKIM_PRIVATE_KEY must be an RSA private key/],
      ["a 512-bit key", { ...dkim, DKIM_PRIVATE_KEY: pem(512) }, /DKIM_PRIVATE_KEY must be an RSA private key of at least 1024 bits/],
      ["a domain with a space", { ...dkim, DKIM_DOMAIN: "simcase example", DKIM_PRIVATE_KEY: key }, /DKIM_DOMAIN must be a domain name/],
      ["a selector with a slash", { ...dkim, DKIM_SELECTOR: "mail/2026", DKIM_PRIVATE_KEY: key }, /DKIM_SELECTOR must be letters, digits/],
    ])("names %s in one line", (_case, partial, message) => {
      expect(() => parseEnv(serverEnvSchema, { ...valid, ...partial })).toThrow(message);
      expect(() => parseEnv(serverEnvSchema, { ...valid, ...partial })).toThrow(/^[^\n]*$/);
    });
  });

  describe("receipt storage", () => {
    const s3 = {
      ...valid,
      RECEIPT_STORAGE: "s3",
      S3_ENDPOINT: "http://127.0.0.1:9000/",
      S3_BUCKET: "simcase-receipts",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_FORCE_PATH_STYLE: "1",
    };

    it("keeps receipts in Postgres unless told otherwise", () => {
      expect(parseEnv(serverEnvSchema, valid)).toMatchObject({ RECEIPT_STORAGE: "postgres", S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });
    });

    it("takes an S3 bucket, dropping the endpoint's trailing slash", () => {
      expect(parseEnv(serverEnvSchema, s3)).toMatchObject({
        RECEIPT_STORAGE: "s3",
        S3_ENDPOINT: "http://127.0.0.1:9000",
        S3_BUCKET: "simcase-receipts",
        S3_FORCE_PATH_STYLE: true,
      });
      expect(parseEnv(serverEnvSchema, { ...s3, S3_ENDPOINT: "https://gw.example/s3//" }).S3_ENDPOINT).toBe("https://gw.example/s3");
    });

    it.each([
      [{ ...s3, RECEIPT_STORAGE: "disk" }, /RECEIPT_STORAGE must be "postgres" or "s3"/],
      [{ ...s3, S3_BUCKET: undefined }, /S3_BUCKET is required when RECEIPT_STORAGE=s3/],
      [{ ...s3, S3_SECRET_ACCESS_KEY: "" }, /S3_SECRET_ACCESS_KEY is required when RECEIPT_STORAGE=s3/],
      [{ ...s3, RECEIPT_STORAGE: "postgres", S3_ACCESS_KEY_ID: undefined }, /S3_ACCESS_KEY_ID is required when S3_BUCKET is set/],
      [{ ...s3, S3_ENDPOINT: "s3.example" }, /S3_ENDPOINT must be an http/],
      [{ ...s3, S3_BUCKET: "My_Bucket" }, /S3_BUCKET must be a bucket name/],
      [{ ...s3, S3_FORCE_PATH_STYLE: "yes" }, /S3_FORCE_PATH_STYLE must be "1" or "0"/],
    ])("refuses a bad S3 setting in one line (%#)", (source, message) => {
      expect(() => parseEnv(serverEnvSchema, source)).toThrow(message);
    });
  });
});
