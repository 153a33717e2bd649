"use client";

import { useEffect } from "react";

// The cache public/sw.js keeps case pages in, whatever its version.
const KEPT_PAGES_PREFIX = "simcase-pages-";

/**
 * Drops the case pages kept for offline reading. On the pages only a signed-out
 * visitor sees (sign in, where signing out lands; sign up; the landing page,
 * where deleting the account lands), so nothing of the last account outlives
 * it on the phone. The worker cannot see a sign-out: its redirect comes back
 * inside the action's answer. Never on the offline page, whatever its header shows.
 */
export function ForgetKeptPages() {
  useEffect(() => {
    if (!("caches" in window)) return;
    void caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith(KEPT_PAGES_PREFIX)).map((name) => caches.delete(name))))
      .catch(() => {});
  }, []);
  return null;
}
