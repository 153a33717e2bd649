import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getFormatter } from "@/i18n/get-formatter";
import { serverEnv } from "@/lib/env/server-env";
import { readCaughtMail } from "@/lib/mail/read-caught-mail";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devMail"))("title"), robots: { index: false } };
}

/** Mail caught by the local SMTP catcher. Exists only in development, when no SMTP_URL was configured. */
export default async function DevMailPage() {
  const env = serverEnv();
  if (env.NODE_ENV === "production" || !env.MAIL_CATCHER_DIR) notFound();
  const [messages, t, format] = await Promise.all([
    readCaughtMail(env.MAIL_CATCHER_DIR, { limit: 50 }),
    getTranslations("devMail"),
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t("title")}</h1>
        <p className="break-all text-slate-700">{t("intro", { dir: env.MAIL_CATCHER_DIR })}</p>
      </div>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {messages.map((message) => (
          <li key={message.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="font-semibold">{message.subject}</p>
            <p className="text-sm text-slate-600">
              {t("meta", { to: message.to, date: message.date ? format.dateTime(message.date, "dateTime") : t("noDate") })}
            </p>
            {/* Plain text, with links made clickable: the HTML part is never rendered here. */}
            <pre className="mt-2 whitespace-pre-wrap break-words font-sans text-sm">
              {message.text.split(/(https?:\/\/\S+)/g).map((part, index) =>
                /^https?:\/\//.test(part) ? (
                  <a key={index} href={part} className="text-brand-700 underline">
                    {part}
                  </a>
                ) : (
                  part
                ),
              )}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
