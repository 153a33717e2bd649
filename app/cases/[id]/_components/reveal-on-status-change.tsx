"use client";

import { useEffect, useRef } from "react";

/**
 * A status changed from "Other actions", far down the page, changes the card
 * at its top (the Now card, or the summary once closed), out of sight on a
 * phone; a step marked done puts the next step in the same card. When either
 * changes under an open page, the card is brought into view (whole, its
 * "Now · step 2 of 4" line too) and its heading focused, so sight and screen
 * readers both meet the new state; without this the pressed button was gone
 * and focus fell back to the page. A first load is left where it is.
 */
export function RevealOnStatusChange({ status, step }: { status: string; step: string | null }) {
  const seen = useRef(`${status}:${step}`);
  useEffect(() => {
    const now = `${status}:${step}`;
    if (seen.current === now) return;
    seen.current = now;
    const heading = document.getElementById("summary-heading") ?? document.getElementById("now-heading");
    if (!heading) return;
    const card = heading.closest("section") ?? heading;
    const top = card.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) {
      card.scrollIntoView({ block: "start", behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
    }
    heading.focus({ preventScroll: true });
  }, [status, step]);
  return null;
}
