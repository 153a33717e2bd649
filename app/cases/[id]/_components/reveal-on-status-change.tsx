"use client";

import { useEffect, useRef } from "react";

/**
 * A status changed from "Other actions", far down the page, changes the card
 * at its top (the Now card, or the summary once closed), out of sight on a
 * phone. When the status changes under an open page, that card is brought into
 * view and its heading focused, so sight and screen readers both meet the new
 * state. A first load is left where it is.
 */
export function RevealOnStatusChange({ status }: { status: string }) {
  const seen = useRef(status);
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    const heading = document.getElementById("summary-heading") ?? document.getElementById("now-heading");
    if (!heading) return;
    heading.scrollIntoView({ block: "start", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    heading.focus({ preventScroll: true });
  }, [status]);
  return null;
}
