import { LOGIN_THROTTLE } from "@/lib/auth/login-throttle";
import { expect, seedUser, signIn, test, uniqueEmail } from "./support/fixtures";
import { startIsolatedApp } from "./support/isolated-app";
import { credentialsSignIn, randomLoopbackAddress } from "./support/raw-client";
import { en, zh } from "./support/messages";

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

test("a session token is read only under the cookie name of the request's protocol", async ({ page, playwright }) => {
  const user = await seedUser();
  await signIn(page, user.email, user.password);
  await page.waitForURL((url) => url.pathname === "/");
  const token = (await page.context().cookies()).find((cookie) => cookie.name === "authjs.session-token")?.value;
  expect(token).toBeTruthy();
  // Over plain http the __Secure- name is not Auth.js's: a token planted under it signs nobody in.
  const client = await playwright.request.newContext({ baseURL: page.url() });
  const planted = await client.get("/cases", { headers: { cookie: `__Secure-authjs.session-token=${token}` }, maxRedirects: 0 });
  expect(planted.status()).toBe(307);
  expect(planted.headers().location).toContain("/sign-in");
  const own = await client.get("/cases", { headers: { cookie: `authjs.session-token=${token}` }, maxRedirects: 0 });
  expect(own.status()).toBe(200);
  await client.dispose();
});

test("a forged X-Forwarded-For, X-Real-IP or Forwarded does not dodge the per-address sign-in limit", async () => {
  test.setTimeout(120_000);
  const from = randomLoopbackAddress();
  const outcomes: string[] = [];
  for (let attempt = 0; attempt <= LOGIN_THROTTLE.maxPerIp; attempt += 1) {
    const forged = `10.${attempt}.${attempt}.1`;
    outcomes.push(
      await credentialsSignIn(from, uniqueEmail("spray"), "wrong password", {
        "x-forwarded-for": forged,
        "x-real-ip": forged,
        forwarded: `for=${forged}`,
      }),
    );
  }
  expect(outcomes.slice(0, LOGIN_THROTTLE.maxPerIp)).toEqual(Array(LOGIN_THROTTLE.maxPerIp).fill("invalid"));
  expect(outcomes.at(-1)).toMatch(/^throttled:\d+$/);
  // Another address, even one the blocked client named in its headers, is not affected.
  expect(await credentialsSignIn(randomLoopbackAddress(), uniqueEmail("other"), "wrong password")).toBe("invalid");
});

test("a replayed server action without our Origin is refused with a 403 page and writes nothing", async ({ page, signedInUser }) => {
  expect(signedInUser.email).toBeTruthy();
  await page.goto("/cases/new");
  await page.getByLabel("Operator").selectOption({ label: "Smart" });
  await page.getByLabel("Phone number").fill("012 345 678");
  await page.getByLabel("Nickname (optional)").fill("Replayed");
  // Capture the browser's own action request, then stop it from reaching the server.
  const captured = new Promise<{ headers: Record<string, string>; body: Buffer }>((resolve) => {
    void page.route("**/cases/new", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      resolve({ headers: route.request().headers(), body: route.request().postDataBuffer()! });
      await route.abort();
    });
  });
  await page.getByRole("button", { name: "Open the case" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBeTruthy();
  const { origin: _origin, ...withoutOrigin } = headers;

  for (const forged of [
    withoutOrigin,
    { ...withoutOrigin, origin: "https://evil.example" },
    { ...withoutOrigin, origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
    { ...withoutOrigin, origin: "null", "sec-fetch-site": "same-origin" },
  ]) {
    const response = await page.request.post("/cases/new", { headers: forged, data: body, maxRedirects: 0 });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain(en.serverPages.forbiddenTitle);
  }
  await page.unroute("**/cases/new");
  await page.goto("/cases");
  await expect(page.getByText("No cases yet")).toBeVisible();
});

test("undecodable URLs get a 400 page, never a server error", async ({ request }) => {
  for (const path of ["/cases/%FF", "/cases/%C3%28", "/api/calendar/%FF%FE", "/sign-in?callbackUrl=%E0%A4", "/a%ZZ"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(await response.text()).toContain(en.serverPages.badRequestTitle);
  }
  const chinese = await request.get("/cases/%FF", { headers: { "accept-language": "zh-CN,zh;q=0.9" } });
  expect(await chinese.text()).toContain(zh.serverPages.badRequestTitle);
});

test("requests to auth endpoints the app does not offer are refused without an error-level log line", async () => {
  test.setTimeout(120_000);
  const app = await startIsolatedApp("auth-probe");
  try {
    const send = (method: string, page: string) =>
      fetch(`${app.origin}${page}`, {
        method,
        headers: { origin: app.origin, "content-type": "application/x-www-form-urlencoded", cookie: "authjs.csrf-token=forged; authjs.session-token=forged" },
        body: method === "POST" ? "email=a%40example.com&password=x&csrfToken=forged" : undefined,
        redirect: "manual",
      });
    const probes = [
      ["GET", "/api/auth/callback/credentials"],
      ["GET", "/api/auth/callback/github"],
      ["GET", "/api/auth/signin/credentials"],
      ["GET", "/api/auth/nonsense"],
      ["GET", "/api/auth/webauthn-options/passkey"],
      ["GET", "/api/auth/verify-request"],
      ["POST", "/api/auth/callback/github"],
      ["POST", "/api/auth/signin/github"],
      ["POST", "/api/auth/nonsense"],
      ["POST", "/api/auth/session"],
    ] as const;
    for (const [method, page] of probes) expect((await send(method, page)).status, `${method} ${page}`).toBe(404);
    // What the app does use still answers: a forged sign-in is sent back to the sign-in page.
    const forged = await send("POST", "/api/auth/callback/credentials");
    expect(forged.status).toBe(302);
    expect((await send("GET", "/api/auth/csrf")).status).toBe(200);
    const errors = app.output().split("\n").filter((line) => line.includes('"level":"error"'));
    expect(errors).toEqual([]);
  } finally {
    await app.stop();
  }
});
