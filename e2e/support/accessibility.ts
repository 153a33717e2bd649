import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

// axe-core's own build, evaluated in the page once per document. Through
// @axe-core/playwright every check evaluated this 500 KB script twice and
// opened a tab of its own to put the results together: three times the cost
// of the check itself (docs/decisions/032-suite-time.md).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const OPTIONS: RunOptions = {
  runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
  // Only violations are read: passes and the rest are not collected node by node.
  resultTypes: ["violations"],
};

type WithAxe = { axe?: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };

/** The serious and critical axe violations (WCAG 2.2 A/AA rules) of the page as it is now, one line each. */
export async function seriousViolations(page: Page, path: string): Promise<string[]> {
  // Playwright's evaluate runs outside the page's Content-Security-Policy.
  if (!(await page.evaluate(() => Boolean((window as WithAxe).axe)))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((options) => (window as WithAxe).axe!.run(document, options), OPTIONS);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${path}: ${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
}

/** No serious or critical axe violation and no sideways scrolling, on the page as it is now. */
export async function expectAccessible(page: Page, path: string) {
  expect(await seriousViolations(page, path)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
}
