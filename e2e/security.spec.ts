import { expect, test } from "./support/fixtures";

test("pages carry security headers and a nonce-based CSP without unsafe-eval", async ({ request }) => {
  const response = await request.get("/sign-in");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  // Plain http here: HSTS only makes sense over https.
  expect(headers["strict-transport-security"]).toBeUndefined();
});

test("the CSP lets the app's own scripts run", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") violations.push(message.text());
  });
  await page.goto("/sign-in");
  // A hydrated form validates on the client-side action; an unhydrated page would still work, so check React ran.
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await page.waitForFunction(() => "__next_f" in window);
  expect(violations.filter((text) => text.includes("Content Security Policy"))).toEqual([]);
});

test("a state-changing auth request from another origin is refused", async ({ request }) => {
  const response = await request.post("/api/auth/signout", {
    headers: { origin: "https://evil.example" },
    form: { csrfToken: "x" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
});

test("the development mail page does not exist in production", async ({ request }) => {
  expect((await request.get("/dev/mail")).status()).toBe(404);
});

test("private files need a session: the data export redirects to sign-in, a case's calendar is not found", async ({ request }) => {
  const exported = await request.get("/api/account/export", { maxRedirects: 0 });
  expect(exported.status()).toBe(307);
  expect(exported.headers().location).toContain("/sign-in");
  expect((await request.get("/api/cases/some-case/calendar", { maxRedirects: 0 })).status()).toBe(404);
});

test("a protected page without a session redirects to sign-in", async ({ request }) => {
  const response = await request.get("/cases", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toContain("/sign-in?callbackUrl=%2Fcases");
});
