"use client";

import type { ReactNode } from "react";
import { Button } from "./button";

/**
 * A form's own submit: the page's one primary button, a size up, saying what it is doing while
 * it sends. "secondary" on a page of several forms (the settings), where a filled button in
 * every section would leave none the one to press.
 */
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  tone?: "primary" | "secondary" | "danger";
}) {
  const variant = tone === "danger" ? "dangerSolid" : tone;
  return (
    <Button variant={variant} size="large" pendingLabel={pendingLabel} className={tone === "secondary" ? "" : "shadow-sm"}>
      {children}
    </Button>
  );
}
