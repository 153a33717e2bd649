import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "./e2e/support/paths";

// Debian's Chromium: Playwright's own browser downloads are not used. Its
// headless shell where installed, as Playwright itself runs headless: the full
// browser costs the suite a third more CPU (docs/decisions/032-suite-time.md).
const CHROMIUM =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium-headless-shell") ? "/usr/bin/chromium-headless-shell" : "/usr/bin/chromium");

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  // A failing test runs once more, with a trace, and the run still fails
  // (failOnFlakyTests): recording a trace of every test, to keep the failed
  // ones, was a fifth of the run's CPU (docs/decisions/032-suite-time.md).
  retries: 1,
  failOnFlakyTests: true,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "on-first-retry",
    screenshot: "only-on-failure",
    // Each test's new browser registers the service worker, which fetches the
    // offline page and each case page shown again: a tenth of the case page's
    // and the forms' specs' time. The specs about it and the journeys allow it.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Every spec on the narrowest phone we support; the main journeys, the
    // accessibility checks, each case state's first screen and the order of a
    // step's buttons on a desktop screen too.
    {
      name: "phone",
      // Layout is in CSS pixels, the same at any pixel density; drawing the
      // Pixel 7's 2.6 device pixels per CSS pixel in software was about a
      // seventh of the browser's CPU (docs/decisions/032-suite-time.md).
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, locale: "en-GB", browserName: "chromium" },
    },
    {
      name: "desktop",
      testMatch: /(journeys|accessibility|case-page)\.spec\.ts$/,
      grep: /journeys|accessibility|first screen|"Mark done" first/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, locale: "en-GB", browserName: "chromium" },
    },
  ],
  webServer: {
    command: "node --conditions=react-server --import tsx e2e/support/server.ts",
    url: `http://localhost:${E2E_PORT}/sign-in`,
    timeout: 180_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    stdout: "ignore",
    stderr: "pipe",
  },
});
