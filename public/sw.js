/* global self, caches, fetch, Response, URL */
// Simcase's service worker. At a store counter with no signal, or while the
// server is down, the case pages opened last (their What-to-say cards are part
// of them) stay readable; any other page shows the offline page. Everything else goes to the network.
// components/service-worker.tsx registers it and tells it of each page shown;
// components/forget-kept-pages.tsx drops the kept pages when the account is left.
const VERSION = "2";
const PAGES = `simcase-pages-${VERSION}`;
const ASSETS = `simcase-assets-${VERSION}`;
const OFFLINE = `simcase-offline-${VERSION}`;
const OFFLINE_URL = "/offline";
const MAX_PAGES = 10;
// A page names a few dozen built files; more than this is not a page of ours.
const MAX_ASSETS_PER_PAGE = 80;
// Built files are cached as they load (a dialog's chunk is named by no page)
// and every deploy names new ones: past this many, the oldest not named by a
// kept page go, so a phone does not fill up over months of releases.
const MAX_ASSETS = 300;
// A case's page (not the new-case form).
const CASE_PAGE = /^\/cases\/(?!new$)[A-Za-z0-9_-]{1,64}$/;
const BUILT_FILE = /\/_next\/static\/[A-Za-z0-9_~.%@/-]+/g;

/** The scripts, styles and fonts a kept page names, so that it renders and its buttons work offline. */
async function keepBuiltFiles(html) {
  const cache = await caches.open(ASSETS);
  const paths = [...new Set(html.match(BUILT_FILE) ?? [])].slice(0, MAX_ASSETS_PER_PAGE);
  await Promise.all(
    paths.map(async (path) => {
      if (await cache.match(path)) return;
      const response = await fetch(path).catch(() => null);
      if (response?.ok) await cache.put(path, response);
    }),
  );
}

/** Drops the oldest built files past MAX_ASSETS, keeping every one a kept page or the offline page names. */
async function trimBuiltFiles() {
  const assets = await caches.open(ASSETS);
  const keys = await assets.keys();
  if (keys.length <= MAX_ASSETS) return;
  const named = new Set();
  for (const name of [PAGES, OFFLINE]) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const html = await (await cache.match(request))?.text();
      for (const path of html?.match(BUILT_FILE) ?? []) named.add(new URL(path, self.location.origin).href);
    }
  }
  const unnamed = keys.filter((request) => !named.has(request.url));
  await Promise.all(unnamed.slice(0, keys.length - MAX_ASSETS).map((request) => assets.delete(request)));
}

/** The offline page, in one language: the one the pages are shown in (the account's, or the visitor's choice). */
async function keepOfflinePage(lang) {
  const cache = await caches.open(OFFLINE);
  const kept = await cache.keys();
  if (lang && kept.some((request) => new URL(request.url).searchParams.get("lang") === lang)) return;
  const response = await fetch(OFFLINE_URL);
  if (!response.ok || response.redirected) return;
  const html = await response.clone().text();
  const shownIn = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1] ?? "";
  const key = `${OFFLINE_URL}?lang=${encodeURIComponent(shownIn)}`;
  await cache.put(key, response);
  await Promise.all(kept.filter((request) => request.url !== new URL(key, self.location.origin).href).map((request) => cache.delete(request)));
  await keepBuiltFiles(html);
}

async function offlinePage() {
  const cache = await caches.open(OFFLINE);
  const [key] = await cache.keys();
  return (key && (await cache.match(key))) ?? Response.error();
}

self.addEventListener("install", (event) => {
  event.waitUntil(keepOfflinePage(null).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => ![PAGES, ASSETS, OFFLINE].includes(key)).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Keeps the newest few case pages only, with the built files they need. */
async function keepPage(url, response) {
  const html = await response.clone().text();
  const cache = await caches.open(PAGES);
  await cache.delete(url); // put() alone keeps the old position: the page would look older than it is
  await cache.put(url, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)));
  await keepBuiltFiles(html);
}

/** What a case page's answer means for the kept copy: kept when it is the page, all forgotten when the session is gone. */
async function settle(url, response) {
  if (response.ok && !response.redirected) return keepPage(url, response.clone());
  // Redirected to sign in: the session ended (signed out elsewhere, expired), and with it what was kept.
  if (response.redirected && new URL(response.url).pathname === "/sign-in") await caches.delete(PAGES);
}

// The server answered but cannot serve (its database or a web server away):
// the kept copy is more use at a counter than the outage page.
const UNAVAILABLE = [502, 503, 504];

async function casePage(event) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (UNAVAILABLE.includes(response.status)) {
      const kept = await caches.match(request.url, { cacheName: PAGES });
      if (kept) return kept;
    }
    event.waitUntil(settle(request.url, response.clone()).catch(() => {}));
    return response;
  } catch {
    return (await caches.match(request.url, { cacheName: PAGES })) ?? (await offlinePage());
  }
}

async function otherPage(request) {
  try {
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}

/** Built files never change under one name: the first copy serves for good. */
async function builtFile(request) {
  const cached = await caches.match(request, { cacheName: ASSETS });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(ASSETS)).put(request, response.clone());
  return response;
}

/** A case page reached without a page load (a link, a form's redirect): fetched once more as a page, to keep. */
async function keepShownCasePage(path) {
  const url = new URL(path, self.location.origin).href;
  const response = await fetch(url, { credentials: "same-origin" });
  await settle(url, response);
}

self.addEventListener("message", (event) => {
  const { data } = event;
  if (event.origin !== self.location.origin || !data || data.type !== "shown") return;
  const lang = typeof data.lang === "string" ? data.lang.slice(0, 35) : "";
  const path = typeof data.path === "string" ? data.path : "";
  const keep = data.keep === true && CASE_PAGE.test(path);
  event.waitUntil(
    Promise.all([keep ? keepShownCasePage(path) : null, keepOfflinePage(lang)])
      .then(trimBuiltFiles)
      .catch(() => {}),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== "GET") return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(builtFile(request));
    return;
  }
  if (request.mode !== "navigate") return;
  event.respondWith(CASE_PAGE.test(url.pathname) ? casePage(event) : otherPage(request));
});
