"use client";

import { useEffect } from "react";

/** Registers public/sw.js (production builds only: a development server's files change all the time). */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // No worker (a private window, say): the app works as before, only not offline.
    });
  }, []);
  return null;
}
