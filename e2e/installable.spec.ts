import { expect, test } from "./support/fixtures";

// The service worker in the path, as on a phone (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: "allow" });

// "Add to home screen": Chromium's own installability check, as its install
// prompt runs it, on the manifest, its icons and the service worker.

test("the app passes Chromium's installability checks, with icons that load", async ({ page, context }) => {
  await page.goto("/");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

  const session = await context.newCDPSession(page);
  const { installabilityErrors } = (await session.send("Page.getInstallabilityErrors")) as { installabilityErrors: { errorId: string }[] };
  // Playwright’s contexts are off the record, which Chromium never offers to install from; every other check must pass.
  expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== "in-incognito")).toEqual([]);

  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await page.request.get(new URL(manifestUrl!, page.url()).href)).json()) as {
    icons: { src: string; sizes: string; purpose?: string }[];
    display: string;
    start_url: string;
  };
  expect(manifest.display).toBe("standalone");
  for (const size of ["192x192", "512x512"]) expect(manifest.icons.some((icon) => icon.sizes === size)).toBe(true);
  expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^image\//);
  }
  for (const path of ["/favicon.ico", "/apple-icon.png"]) expect((await page.request.get(path)).status(), path).toBe(200);
});
