import type en from "../../messages/en.json";
import type { formats } from "./formats";
import type { Locale } from "./locales";

// Message keys are checked by the compiler against the English file; the other
// languages are held to the same keys by lib/i18n/messages.test.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
    Formats: typeof formats;
  }
}
