import { readFileSync } from "node:fs";
import path from "node:path";
import { isPluralElement, isSelectElement, isTagElement, parse, type MessageFormatElement, TYPE } from "@formatjs/icu-messageformat-parser";
import compile from "icu-minify/compile";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import formatParsed from "use-intl/format-message";
import formatCompiled from "use-intl/format-message/format-only";
import { describe, expect, it } from "vitest";
import { formats } from "./formats";
import { LOCALES } from "./locales";

// The production build formats messages precompiled at build time (next.config.ts,
// icu-minify); the worker, scripts and unit tests format the JSON as written.
// Every message must read the same both ways, in every language.

type Tree = { [key: string]: string | Tree };
type Values = Record<string, unknown>;

const dir = path.resolve(import.meta.dirname, "../../messages");

function* leaves(tree: Tree, prefix = ""): Generator<[string, string]> {
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") yield [name, value];
    else yield* leaves(value, name);
  }
}

/** Values for every argument, then one set more for each plural count and select option, so every branch is read. */
function valueSets(message: string): Values[] {
  const base: Values = {};
  const variants: Array<[string, unknown]> = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isTagElement(element)) {
        base[element.value] = (chunks: unknown[]) => `<${element.value}>${chunks.join("")}</${element.value}>`;
        walk(element.children);
      } else if (isPluralElement(element)) {
        base[element.value] = 1;
        for (const count of [0, 2, 21, 1234.5]) variants.push([element.value, count]);
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (isSelectElement(element)) {
        for (const key of Object.keys(element.options)) variants.push([element.value, key]);
        base[element.value] = "other";
        for (const option of Object.values(element.options)) walk(option.value);
      } else if (element.type === TYPE.number) base[element.value] = 1234.5;
      else if (element.type === TYPE.date || element.type === TYPE.time) base[element.value] = new Date(Date.UTC(2026, 11, 3, 9, 5));
      else if (element.type === TYPE.argument) base[element.value] = "Ada";
    }
  };
  walk(parse(message));
  return [base, ...variants.map(([name, value]) => ({ ...base, [name]: value }))];
}

describe.each([...LOCALES])("precompiled %s messages", (locale) => {
  const messages = JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;
  const cache = _createCache();
  const options = { cache, formatters: _createIntlFormatters(cache), globalFormats: formats, formats: undefined, locale, timeZone: "Asia/Phnom_Penh" };

  it("read exactly as the messages as written, for every argument and branch", () => {
    let checked = 0;
    const differences: Array<{ key: string; values: string; written: unknown; precompiled: unknown }> = [];
    for (const [key, message] of leaves(messages)) {
      const compiled = compile(message);
      for (const values of valueSets(message)) {
        const written = formatParsed(key, message, values as never, options);
        const precompiled = formatCompiled(key, compiled, values as never, options);
        if (precompiled !== written) differences.push({ key, values: JSON.stringify(values), written, precompiled });
        checked += 1;
      }
    }
    expect(differences).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });
});
