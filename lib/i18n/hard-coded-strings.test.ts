import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { filesUnder, findAllHardCoded, findHardCoded, root } from "@/scripts/i18n/find-hard-coded-text";

// User-facing text belongs in messages/*.json (docs/decisions/008-languages.md).

describe("user-facing text", () => {
  it("finds the pages and components", () => {
    expect(filesUnder("app", /\.tsx$/).length + filesUnder("components", /\.tsx$/).length).toBeGreaterThan(20);
  });

  it("lives in the message files, not in pages or components", () => {
    expect(findAllHardCoded()).toEqual([]);
  });

  it("would catch text, attributes, rendered strings and metadata", () => {
    const sample = `export const metadata = { title: "Account" };
      export default function P({ a }: { a: boolean }) {
        return <div title="Open it" className="flex gap-2">Hello <b>{a ? "Yes" : "No"}</b>{"·"}<Field label="Your email" />{t("ok")}</div>;
      }`;
    const found = findHardCoded("app/sample.tsx", sample).map((line) => line.slice(line.indexOf(" ") + 1));
    expect(found).toEqual(['"Account"', '"Open it"', '"Hello"', '"Yes"', '"No"', '"Your email"']);
  });

  it("uses only message keys that exist in schemas and domain errors", () => {
    const errorKeys = new Set<string>();
    const collect = (tree: object, prefix: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value === "string") errorKeys.add(prefix + key);
        else collect(value as object, `${prefix}${key}.`);
      }
    };
    collect(en.errors, "");
    const missing: string[] = [];
    for (const file of filesUnder("lib", /^schemas\.ts$/)) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(/\b(?:message|error):\s*"([^"]+)"/g)) {
        if (!errorKeys.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
      for (const match of text.matchAll(/\.(?:min|max|length|regex|email|refine)\([^)]*?,\s*"([^"]+)"\)/g)) {
        if (!errorKeys.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses only message keys that exist for the errors domain functions throw", () => {
    const errorKeys = new Set<string>();
    const collect = (tree: object, prefix: string) => {
      for (const [key, value] of Object.entries(tree)) {
        if (typeof value === "string") errorKeys.add(prefix + key);
        else collect(value as object, `${prefix}${key}.`);
      }
    };
    collect(en.errors, "");
    const areas = Object.keys(en.errors).filter((key) => typeof (en.errors as Record<string, unknown>)[key] === "object");
    const keyLiteral = `"((?:${areas.join("|")})\\.[\\w.]+)"`;
    const patterns = [
      // The errors whose message is a key: new UserError("cases.stepAlreadyMarked"), notFoundError("cases.notFound").
      new RegExp(`(?:new UserError|notFoundError)\\(\\s*${keyLiteral}`, "g"),
      // A refusal as data: { key: "cases.actionNotAllowed", values }, or a named constant.
      new RegExp(`\\bkey: ${keyLiteral}`, "g"),
      new RegExp(`const [A-Z_]+ = ${keyLiteral};`, "g"),
    ];
    const found: string[] = [];
    const missing: string[] = [];
    // Edges throw them too (a throttled sign-in, a spent unsubscribe link).
    const edges = [...filesUnder("app", /\.ts$/), ...filesUnder("edge", /\.ts$/)];
    for (const file of [...filesUnder("lib", /\.ts$/), ...edges]) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const pattern of edges.includes(file) ? patterns.slice(0, 1) : patterns) {
        for (const match of text.matchAll(pattern)) {
          found.push(match[1]!);
          if (!errorKeys.has(match[1]!)) missing.push(`${file}: ${match[1]}`);
        }
      }
    }
    expect(found.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});
