import "server-only";
import { Composer, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import { setUserLocale } from "@/lib/auth/set-user-locale";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { chatLocale, chatTexts, type ChatTexts } from "./chat-texts";
import { describeOpenCases } from "./describe-open-cases";
import { findChatUser, type ChatUser } from "./find-chat-user";
import { linkTelegramChat } from "./link-telegram-chat";
import { pressReminderButton } from "./press-reminder-button";
import { linkButtonsOnly, parseButtonData } from "./reminder-buttons";
import { readyTelegramBot } from "./telegram-bot";
import { unlinkTelegramChat } from "./unlink-telegram-chat";
import { componentLogger } from "@/lib/log/logger";

const log = componentLogger("telegram");

/** The chat's account (if linked) and its words: the account's language, else the Telegram app's. */
async function chatContext(ctx: Context): Promise<{ user: ChatUser | null; texts: ChatTexts }> {
  const user = ctx.chat ? await findChatUser(ctx.chat.id) : null;
  const texts = await chatTexts(user?.locale ?? chatLocale(ctx.from?.language_code), user?.timeZone ?? DEFAULT_TIME_ZONE);
  return { user, texts };
}

/**
 * A reply is a courtesy: once the database has changed, a Bot API failure is
 * logged and the update counts as handled, so a retry never links twice or
 * answers "link already used" after a success.
 */
async function courtesy(what: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    log.warn(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const router = new Composer<Context>();
const privateChats = router.chatType("private");

privateChats.command("start", async (ctx) => {
  const token = ctx.match.trim();
  if (!token) {
    const { user, texts } = await chatContext(ctx);
    return courtesy("start", () => ctx.reply(texts.t(user ? "telegram.bot.alreadyLinked" : "telegram.bot.welcome")));
  }
  const label = ctx.chat.username ? `@${ctx.chat.username}` : ctx.chat.first_name;
  const result = await linkTelegramChat(token, { id: ctx.chat.id, label });
  const { user, texts } = await chatContext(ctx);
  return courtesy("start", () => ctx.reply(texts.t(result.linked && user ? "telegram.bot.linked" : "telegram.bot.tokenRefused")));
});

privateChats.command("stop", async (ctx) => {
  const { user, texts } = await chatContext(ctx);
  if (user) await unlinkTelegramChat(ctx.chat.id);
  return courtesy("stop", () => ctx.reply(texts.t(user ? "telegram.bot.stopped" : "telegram.bot.notLinked")));
});

privateChats.command("help", async (ctx) => {
  const { texts } = await chatContext(ctx);
  return courtesy("help", () => ctx.reply(texts.t("telegram.bot.help")));
});

privateChats.command("cases", async (ctx) => {
  const { user, texts } = await chatContext(ctx);
  const text = user ? await describeOpenCases(user.id, texts) : texts.t("telegram.bot.notLinked");
  return courtesy("cases", () => ctx.reply(text, { link_preview_options: { is_disabled: true } }));
});

privateChats.command("language", async (ctx) => {
  const { user, texts } = await chatContext(ctx);
  if (!user) return courtesy("language", () => ctx.reply(texts.t("telegram.bot.notLinked")));
  const wanted = ctx.match.trim().toLowerCase();
  if (isLocale(wanted)) return switchLanguage(ctx, user, wanted);
  const keyboard = [[{ text: texts.t("telegram.buttons.chinese"), callback_data: "lang:zh" }, { text: texts.t("telegram.buttons.english"), callback_data: "lang:en" }]];
  return courtesy("language", () => ctx.reply(texts.t("telegram.bot.languagePrompt"), { reply_markup: { inline_keyboard: keyboard } }));
});

async function switchLanguage(ctx: Context, user: ChatUser, locale: Locale): Promise<void> {
  await setUserLocale(user.id, locale);
  const { t } = await chatTexts(locale, user.timeZone);
  await courtesy("language", () => ctx.reply(t("telegram.bot.languageSet")));
}

router.callbackQuery(/^lang:(\w+)$/, async (ctx) => {
  const { user, texts } = await chatContext(ctx);
  const wanted = ctx.match[1];
  await courtesy("answer", () => ctx.answerCallbackQuery());
  if (!user) return courtesy("language", () => ctx.reply(texts.t("telegram.bot.notLinked")));
  if (isLocale(wanted)) await switchLanguage(ctx, user, wanted);
});

router.on("callback_query:data", async (ctx) => {
  const press = parseButtonData(ctx.callbackQuery.data);
  const { user, texts } = await chatContext(ctx);
  const { t, format } = texts;
  if (!press || !user) {
    return courtesy("answer", () => ctx.answerCallbackQuery({ text: t(user ? "telegram.pressed.stale" : "telegram.pressed.notLinked"), show_alert: true }));
  }
  const outcome = await pressReminderButton(user.id, press);
  if (outcome.kind === "notYours") {
    return courtesy("answer", () => ctx.answerCallbackQuery({ text: t("telegram.pressed.notYours"), show_alert: true }));
  }
  const note =
    outcome.kind === "snoozed"
      ? t("telegram.pressed.snoozed", { date: format.dateTime(outcome.until, "dateTime") })
      : t(outcome.kind === "muted" ? "telegram.pressed.muted" : "telegram.pressed.stale");
  await courtesy("answer", () => ctx.answerCallbackQuery({ text: note }));
  const message = ctx.callbackQuery.message;
  if (message && "text" in message && message.text) {
    const keyboard = linkButtonsOnly(message.reply_markup?.inline_keyboard);
    await courtesy("edit", () => ctx.editMessageText(`${message.text}\n\n— ${note}`, { reply_markup: { inline_keyboard: keyboard } }));
  }
});

privateChats.on("message:text", async (ctx) => {
  const { texts } = await chatContext(ctx);
  return courtesy("reply", () => ctx.reply(texts.t("telegram.bot.unknown")));
});

const routed = new WeakSet<Bot>();

/**
 * Does what one update from Telegram asks. A database failure throws (the job
 * retries); a Bot API failure after the change is only logged.
 */
export async function handleTelegramUpdate(update: Update): Promise<void> {
  const bot = await readyTelegramBot();
  if (!bot) return;
  if (!routed.has(bot)) {
    bot.use(router);
    routed.add(bot);
  }
  try {
    await bot.handleUpdate(update);
  } catch (error) {
    // grammY wraps what a handler threw; the job wants the cause.
    throw error instanceof Error && "error" in error ? (error as { error: unknown }).error : error;
  }
}
