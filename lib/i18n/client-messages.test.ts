import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { filesUnder, root } from "@/scripts/i18n/find-hard-coded-text";
import { pickClientMessages } from "./client-messages";

const clientFiles = [...filesUnder("app", /\.tsx?$/), ...filesUnder("components", /\.tsx?$/)].filter((file) =>
  /^\s*["']use client["']/m.test(readFileSync(path.join(root, file), "utf8")),
);

/** Whether `dotted` ("cases.form") names an object or message within `tree`. */
function has(tree: unknown, dotted: string): boolean {
  let node = tree;
  for (const part of dotted.split(".")) {
    if (typeof node !== "object" || node === null || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return true;
}

describe("the messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it("hold every namespace a client component reads", () => {
    const client = pickClientMessages(en);
    const missing: string[] = [];
    for (const file of clientFiles) {
      const text = readFileSync(path.join(root, file), "utf8");
      expect(text, `${file} reads messages without a namespace`).not.toMatch(/useTranslations\(\s*\)|useMessages\(/);
      for (const match of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) {
        if (!has(client, match[1]!)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("leave the server's own texts out", () => {
    const client = pickClientMessages(en);
    for (const namespace of ["emails", "timeline", "chaseHints", "landing", "dashboard", "errors", "devMail"]) {
      expect(client).not.toHaveProperty(namespace);
    }
    expect(client).not.toHaveProperty("procedures.smart");
    expect(JSON.stringify(client).length).toBeLessThan(JSON.stringify(en).length * 0.7);
  });
});
