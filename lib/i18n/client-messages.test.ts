import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { clientReads } from "@/scripts/i18n/client-messages-read";
import { filesUnder, root } from "@/scripts/i18n/find-hard-coded-text";
import { pickMessages, ROUTE_MESSAGES, SHARED_MESSAGES, type MessagePath } from "./client-messages";

const pages = filesUnder("app", /^page\.tsx$/).sort();
/** Layouts, error and not-found pages render outside any page's provider: the root layout's messages serve them. */
const shared = filesUnder("app", /^(layout|template|error|global-error|not-found|loading|default)\.tsx$/);

/** app/cases/[id]/page.tsx -> "/cases/[id]" */
const routeOf = (page: string) => `/${path.dirname(page).replace(/^app\/?/, "")}`;

/**
 * What a provider must hold for these reads: each namespace read, less those
 * inside another one read ("cases" covers "cases.form").
 */
function needed(reads: string[]): string[] {
  const unique = [...new Set(reads)];
  return unique.filter((read) => !unique.some((other) => read.startsWith(`${other}.`))).sort();
}

const declared: Record<string, readonly MessagePath[]> = ROUTE_MESSAGES;

describe("the messages sent to the browser", () => {
  it("follows each page to its client components", () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(clientReads(["app/cases/[id]/page.tsx"]).clientFiles).toContain("app/cases/[id]/_components/step-link-button.tsx");
    // A server component's imports stay on the server.
    expect(clientReads(["app/cases/page.tsx"]).clientFiles).not.toContain("components/cases/case-row.tsx");
  });

  it("name their namespace wherever a client component reads them", () => {
    const unnamed = [...pages, ...shared].flatMap((file) => clientReads([file]).unnamed);
    expect(unnamed, "useTranslations() or useMessages() in the browser sends every message").toEqual([]);
  });

  it("are exactly what each route's client components read", () => {
    const mismatches: string[] = [];
    for (const page of pages) {
      const route = routeOf(page);
      const { reads } = clientReads([page]);
      const expected = needed(reads.map((read) => read.namespace));
      const actual = [...(declared[route] ?? [])].sort();
      if (JSON.stringify(actual) !== JSON.stringify(expected)) {
        const readers = reads.map((read) => `${read.file}: ${read.namespace}`).join("\n  ");
        mismatches.push(`ROUTE_MESSAGES["${route}"] should be ${JSON.stringify(expected)}, is ${JSON.stringify(actual)}; reads:\n  ${readers}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("are given by the route's own page", () => {
    for (const route of Object.keys(declared)) {
      const page = pages.find((file) => routeOf(file) === route);
      expect(page, `ROUTE_MESSAGES["${route}"] has no page`).toBeDefined();
      const text = readFileSync(path.join(root, page!), "utf8");
      expect(text, `${page} renders <RouteMessages route="${route}">`).toContain(`<RouteMessages route="${route}">`);
    }
    for (const page of pages) {
      const text = readFileSync(path.join(root, page), "utf8");
      for (const [, route] of text.matchAll(/<RouteMessages route="([^"]+)">/g)) expect(route, page).toBe(routeOf(page));
    }
  });

  it("hold what the root layout's own client components read, and no more", () => {
    const { reads } = clientReads(shared);
    expect([...SHARED_MESSAGES].sort()).toEqual(needed(reads.map((read) => read.namespace)));
  });

  it("name messages that exist, and pick just those", () => {
    for (const paths of [SHARED_MESSAGES, ...Object.values(declared)]) {
      const picked = pickMessages(en, paths);
      for (const dotted of paths) {
        const value = dotted.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], picked);
        expect(value, dotted).toBeTypeOf("object");
      }
    }
    expect(pickMessages(en, ["cases.form", "procedures.operators"])).toEqual({
      cases: { form: en.cases.form },
      procedures: { operators: en.procedures.operators },
    });
  });

  it("leave the server's own texts out", () => {
    for (const paths of [SHARED_MESSAGES, ...Object.values(declared)]) {
      const picked = pickMessages(en, paths);
      for (const namespace of ["emails", "timeline", "chaseHints", "landing", "dashboard", "errors", "devMail"]) {
        expect(picked).not.toHaveProperty(namespace);
      }
      expect(picked).not.toHaveProperty("procedures.smart");
    }
  });
});
