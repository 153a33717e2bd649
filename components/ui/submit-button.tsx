"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

export function SubmitButton({ children, pendingLabel }: { children: ReactNode; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="min-h-12 rounded-lg bg-brand-700 px-4 text-base font-semibold text-white shadow-sm hover:bg-brand-800 disabled:opacity-70"
    >
      {pending ? pendingLabel : children}
    </button>
  );
}
