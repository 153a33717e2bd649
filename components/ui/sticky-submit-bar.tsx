import type { ReactNode } from "react";

/**
 * A form's submit, kept at the screen's bottom edge while a form longer than a
 * phone's screen scrolls, so the page's one action is on its first screen. For
 * a form in a card padded p-5: it reaches the card's edges. The page keeps
 * its height clear at the bottom when it scrolls a focused field into view
 * (globals.css), so tabbing never leaves the field under the bar.
 */
export function StickySubmitBar({ children }: { children: ReactNode }) {
  return <div data-sticky-submit className="sticky bottom-0 -mx-5 -mb-5 flex flex-col rounded-b-2xl border-t border-slate-200 bg-white px-5 py-3">{children}</div>;
}
