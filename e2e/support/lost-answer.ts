import type { Page, Route } from "@playwright/test";

/**
 * The next POST to `url` reaches the server, which does its work; its answer
 * never reaches the page (the connection drops). Returns the status the
 * server gave it. `body`: what to send instead, for an upload, whose file
 * Chromium does not hand to an intercepted request.
 */
export async function loseNextAnswer(page: Page, url: string, body?: Buffer): Promise<() => number> {
  let [taken, status] = [false, 0];
  const once = async (route: Route) => {
    if (route.request().method() !== "POST" || taken) return route.fallback();
    taken = true;
    status = (await route.fetch(body ? { postData: body } : {})).status();
    await route.abort("connectionreset");
    await page.unroute(url, once);
  };
  await page.route(url, once);
  return () => status;
}
