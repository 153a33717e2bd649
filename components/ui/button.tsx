"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
  danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
  dangerSolid: "bg-red-700 text-white hover:bg-red-800",
  quiet: "text-slate-700 hover:bg-slate-100",
} as const;

// Apart from the colours: two classes setting one property are decided by the
// stylesheet's order, not the class list's ("min-h-12 text-base" passed in lost to "text-sm").
const SIZES = {
  normal: "min-h-11 text-sm",
  large: "min-h-12 text-base",
} as const;

/** A submit button with a thumb-sized target that is disabled, and says so when given a `pendingLabel`, while its form is sending. */
export function Button({
  variant = "primary",
  size = "normal",
  className = "",
  pendingLabel,
  children,
  disabled,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: keyof typeof VARIANTS; size?: keyof typeof SIZES; pendingLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      className={`inline-flex items-center justify-center rounded-lg px-4 font-semibold disabled:opacity-60 ${SIZES[size]} ${VARIANTS[variant]} ${className}`}
      {...props}
      // After the spread: a caller's disabled={false} must not undo "sending".
      disabled={pending || disabled}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
