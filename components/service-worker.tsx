"use client";

import { useLocale } from "next-intl";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

// Kept in step with public/sw.js.
const CASE_PAGE = /^\/cases\/(?!new$)[A-Za-z0-9_-]{1,64}$/;

function supported(): boolean {
  return process.env.NODE_ENV === "production" && "serviceWorker" in navigator;
}

/**
 * Registers public/sw.js (production builds only: a development server's files
 * change all the time), and tells it of each page shown: a case page reached
 * without a full page load (a link, a form's redirect) never passed through the
 * worker, and the offline page is kept in the language the pages are in.
 */
export function ServiceWorker() {
  const pathname = usePathname();
  const locale = useLocale();
  // A page loaded while the worker controlled it was kept by the worker already.
  const controlledAtLoad = useRef<boolean | null>(null);

  useEffect(() => {
    if (!supported()) return;
    controlledAtLoad.current ??= Boolean(navigator.serviceWorker.controller);
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker (a private window, say): the app works as before, only not offline.
    });
  }, []);

  const shown = useRef(0);
  useEffect(() => {
    if (!supported()) return;
    const firstPage = shown.current++ === 0;
    const keep = CASE_PAGE.test(pathname) && !(firstPage && controlledAtLoad.current);
    const lang = document.documentElement.lang;
    void navigator.serviceWorker.ready
      .then((registration) => registration.active?.postMessage({ type: "shown", path: pathname, keep, lang }))
      .catch(() => {});
  }, [pathname, locale]);

  return null;
}
