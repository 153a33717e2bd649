/* global self, caches, fetch, Response, URL */
// Simcase's service worker. At a store counter with no signal, the case pages
// opened last (their What-to-say cards are part of them) stay readable; any
// other page shows the offline page. Everything else goes to the network.
const VERSION = "1";
const PAGES = `simcase-pages-${VERSION}`;
const ASSETS = `simcase-assets-${VERSION}`;
const OFFLINE_URL = "/offline";
const MAX_PAGES = 10;
const CASE_PAGE = /^\/cases\/[A-Za-z0-9_-]{1,64}$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(ASSETS)
      .then((cache) => cache.addAll([OFFLINE_URL]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== PAGES && key !== ASSETS).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

/** Keeps the newest few case pages only. */
async function keepPage(request, response) {
  const cache = await caches.open(PAGES);
  await cache.put(request.url, response);
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)));
}

async function casePage(request) {
  try {
    const response = await fetch(request);
    // A signed-out visit is redirected to sign in: nothing of the case is kept then.
    if (response.ok && !response.redirected) await keepPage(request, response.clone());
    return response;
  } catch {
    return (await caches.match(request.url, { cacheName: PAGES })) ?? (await caches.match(OFFLINE_URL));
  }
}

async function otherPage(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(OFFLINE_URL)) ?? Response.error();
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

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== "GET") return;
  // Signing in or out (the sign-out lands on /sign-in): the pages kept for the last account are forgotten.
  if (url.pathname === "/sign-in" || url.pathname === "/sign-up") {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(builtFile(request));
    return;
  }
  if (request.mode !== "navigate") return;
  event.respondWith(CASE_PAGE.test(url.pathname) ? casePage(request) : otherPage(request));
});
