import type { Locale } from "@/lib/i18n/locales";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string; locale: Locale; timeZone: string; emailRefused: boolean };
  }
}
