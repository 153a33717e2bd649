"use client";

import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";

/**
 * A form's message for the whole form. An error comes into view when it
 * appears: it sits at the top of the form, and on a phone the user who just
 * pressed Save at the bottom would otherwise see nothing happen. When the
 * answer redrew the form, the pressed button is gone and focus with it: the
 * message takes the focus, so the next Tab starts from here and a screen
 * reader reads it.
 *
 * While the form sends again, the last answer's message steps aside: left in
 * place it read as the answer to the new try. The same message coming back
 * is then shown, read and focused anew, not silently left as it was.
 */
export function FormAlert({ tone, children }: { tone: "error" | "success"; children: string | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  // Outside a form (a notice after a redirect) this is never pending.
  const { pending } = useFormStatus();
  const shown = pending ? undefined : children;
  useEffect(() => {
    if (!shown) return;
    if (tone === "error") ref.current?.scrollIntoView({ block: "nearest" });
    const active = document.activeElement;
    if (!active || active === document.body) ref.current?.focus({ preventScroll: true });
  }, [tone, shown]);
  if (!shown) return null;
  const styles = tone === "error" ? "border-red-200 bg-red-50 text-red-800" : "border-emerald-200 bg-emerald-50 text-emerald-900";
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role={tone === "error" ? "alert" : "status"}
      className={`rounded-lg border px-3 py-2 text-sm font-medium outline-none ${styles}`}
    >
      {shown}
    </p>
  );
}
