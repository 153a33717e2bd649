"use client";

import type { ReactNode } from "react";
import { Button } from "./button";

/** A form's own submit: the page's one primary button, a size up, saying what it is doing while it sends. */
export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  tone?: "primary" | "danger";
}) {
  return (
    <Button variant={tone === "danger" ? "dangerSolid" : "primary"} size="large" pendingLabel={pendingLabel} className="shadow-sm">
      {children}
    </Button>
  );
}
