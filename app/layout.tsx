import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ServiceWorker } from "@/components/service-worker";
import { SiteHeader } from "./_components/site-header";
import { pickMessages, SHARED_MESSAGES } from "@/lib/i18n/client-messages";
import { LOCALE_TAGS } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return {
    title: { default: t("metaTitle"), template: `%s · ${t("appName")}` },
    description: t("metaDescription"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("common"), getMessages()]);
  return (
    <html lang={LOCALE_TAGS[locale]}>
      <body className="min-h-dvh bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={pickMessages(messages, SHARED_MESSAGES)}>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          <ServiceWorker />
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-6">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
