import type { ReactNode } from "react";

/** A warning about the account that needs the user (an address to confirm, mail refused): a titled amber box with its text and the way to fix it. */
export function NoticeBox({ id, title, text, children }: { id: string; title: string; text: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <h2 id={id} className="text-base font-semibold">
        {title}
      </h2>
      <p className="text-sm break-words">{text}</p>
      {children}
    </section>
  );
}
