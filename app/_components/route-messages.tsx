import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, ROUTE_MESSAGES, type MessageRoute } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below the messages their route reads
 * (lib/i18n/client-messages.ts), in place of the root layout's. Rendered on
 * the server, the provider takes the locale, time zone and formats from the
 * request; only the messages are chosen here.
 */
export async function RouteMessages({ route, children }: { route: MessageRoute; children: ReactNode }) {
  const messages = pickMessages(await getMessages(), ROUTE_MESSAGES[route]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
