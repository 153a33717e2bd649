import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  isDateElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

const dir = path.resolve(import.meta.dirname, "../../messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;

/** Every leaf as "a.b.c" -> message. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [leaf, message] of flatten(value, name)) out.set(leaf, message);
  }
  return out;
}

/** The ICU arguments and rich-text tags a message uses, and which of them are dates; parsing also proves its syntax is valid. */
function argumentsOf(message: string, dates: string[] = []): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isLiteralElement(element) || isPoundElement(element)) continue;
      if (isTagElement(element)) {
        names.add(`<${element.value}>`);
        walk(element.children);
        continue;
      }
      names.add(element.value);
      if (isDateElement(element) || isTimeElement(element)) dates.push(element.value);
      if (isPluralElement(element) || isSelectElement(element)) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const english = flatten(load("en"));

describe("message files", () => {
  it("has a file for each language and no file for a language the app does not offer", () => {
    const files = readdirSync(dir).filter((file) => file.endsWith(".json")).map((file) => file.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s has exactly the English keys, with the same arguments", (locale) => {
    const other = flatten(load(locale));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, message] of english) {
      expect({ key, args: argumentsOf(other.get(key) ?? "") }).toEqual({ key, args: argumentsOf(message) });
    }
  });

  // ICU would format them itself, past the formatter that writes a Chinese weekday apart (lib/i18n/date-formatter.ts).
  it.each([...LOCALES])("%s takes dates as text the app formatted, never as {x, date} or {x, time}", (locale) => {
    for (const [key, message] of flatten(load(locale))) {
      const dates: string[] = [];
      argumentsOf(message, dates);
      expect({ key, dates }).toEqual({ key, dates: [] });
    }
  });

  it.each([...LOCALES])("%s has no empty message", (locale) => {
    for (const [key, message] of flatten(load(locale))) expect({ key, empty: message.trim() === "" }).toEqual({ key, empty: false });
  });

  // The browser refuses an oversized proof before sending it, and the "errors" messages stay on the server:
  // its copy must say what the server would have said.
  it.each([...LOCALES])("%s refuses a big file in the browser in the server's words", (locale) => {
    const messages = flatten(load(locale));
    expect(messages.get("receipts.fileTooLarge")).toBe(messages.get("errors.receipts.fileTooLarge"));
  });
});
