import type { ReactNode } from "react";
import { FieldError } from "./field-error";

/** ids for an input's hint and error, so that screen readers announce them with the input. */
export function describedBy(inputId: string, hint?: string, error?: string): string | undefined {
  return [hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** The label, hint and error around any form control; the control itself is the child. */
export function FieldShell({
  inputId,
  label,
  hint,
  error,
  children,
}: {
  inputId: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${inputId}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? <FieldError id={`${inputId}-error`}>{error}</FieldError> : null}
    </div>
  );
}
