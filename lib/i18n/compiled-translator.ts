import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";
import type { createTranslator, Formats, NamespaceKeys, NestedKeyOf } from "use-intl/core";
import formatCompiled from "use-intl/format-message/format-only";
import { formats as appFormats } from "./formats";
import type { Locale } from "./locales";
import type { Messages } from "./messages";
import { sharedIntl } from "./shared-intl";

type Tree = { readonly [key: string]: string | Tree };
type Values = Parameters<typeof formatCompiled>[2];

// use-intl's own translator formats a message through intl-messageformat,
// memoized on a JSON serialization of the message, the locale and every format:
// in the worker that key alone was a third of composing an email. This one
// compiles each message once with icu-minify and formats it as the production
// web build does (next.config.ts precompiles there), so both read alike
// (precompiled-messages.test.ts checks every message and branch).
const compiled = new WeakMap<object, { precompiled: boolean; byPath: Map<string, CompiledMessage> }>();

// In the web build the messages arrive already compiled (next.config.ts: a
// message with arguments is an array there, never in the JSON as written), and
// compiling a compiled text again would misread it.
function hasCompiledMessage(node: unknown): boolean {
  if (Array.isArray(node)) return true;
  return typeof node === "object" && node !== null && Object.values(node).some(hasCompiledMessage);
}

function compiledMessage(messages: Messages, path: string): CompiledMessage {
  let entry = compiled.get(messages);
  if (!entry) compiled.set(messages, (entry = { precompiled: hasCompiledMessage(messages), byPath: new Map<string, CompiledMessage>() }));
  let message = entry.byPath.get(path);
  if (message === undefined) {
    const source = rawMessage(messages, path);
    if (source === undefined || (typeof source === "object" && !Array.isArray(source))) throw new Error(`No message at ${path}`);
    message = entry.precompiled ? (source as CompiledMessage) : compile(source as string);
    entry.byPath.set(path, message);
  }
  return message;
}

function rawMessage(messages: Messages, path: string): string | Tree | undefined {
  let node: string | Tree | undefined = messages;
  for (const part of path.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node;
}

type Namespaces = NamespaceKeys<Messages, NestedKeyOf<Messages>>;

type Options<Namespace extends Namespaces> = {
  locale: Locale;
  messages: Messages;
  /** Omitted: keys from the root. */
  namespace?: [Namespace] extends [never] ? undefined : Namespace;
  /** Dates in messages are shown in this zone. */
  timeZone?: string;
};

/** A translator typed and called as use-intl's createTranslator, for messages outside a request (mail, Telegram, PDFs). */
export function compiledTranslator<Namespace extends Namespaces = never>(
  options: Options<Namespace>,
): ReturnType<typeof createTranslator<Messages, Namespace>> {
  const { locale, messages, namespace, timeZone } = options;
  const full = (key: string) => (namespace ? `${namespace as string}.${key}` : key);
  const translate = (key: string, values?: Values, formats?: Formats) =>
    formatCompiled(full(key), compiledMessage(messages, full(key)), values, {
      cache: sharedIntl._cache,
      formatters: sharedIntl._formatters,
      globalFormats: appFormats,
      formats,
      locale,
      timeZone,
    });
  const text = (key: string, values?: Values, formats?: Formats) => {
    const result = translate(key, values, formats);
    return typeof result === "string" ? result : Array.isArray(result) ? result.join("") : String(result as string | number);
  };
  const translator = Object.assign(text, {
    rich: translate,
    markup: text,
    raw: (key: string) => rawMessage(messages, full(key)),
    has: (key: string) => {
      const message = rawMessage(messages, full(key));
      return typeof message === "string" || Array.isArray(message);
    },
  });
  return translator as unknown as ReturnType<typeof createTranslator<Messages, Namespace>>;
}
