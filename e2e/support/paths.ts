import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DIR = path.resolve(".data/e2e");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
export const E2E_DATABASE_URL_FILE = path.join(E2E_DIR, "database-url");
/** Where the e2e server writes the address of its fake Telegram Bot API's control server. */
export const E2E_TELEGRAM_CONTROL_FILE = path.join(E2E_DIR, "telegram-control-url");
