"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

const TONES = {
  primary: "bg-brand-700 hover:bg-brand-800",
  danger: "bg-red-700 hover:bg-red-800",
} as const;

export function SubmitButton({
  children,
  pendingLabel,
  tone = "primary",
}: {
  children: ReactNode;
  pendingLabel: string;
  tone?: keyof typeof TONES;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`min-h-12 rounded-lg px-4 text-base font-semibold text-white shadow-sm disabled:opacity-70 ${TONES[tone]}`}
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
