import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; error?: string };

export function TextArea({ label, name, error, id, ...props }: Props) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell inputId={inputId} label={label} error={error}>
      <textarea
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, undefined, error)}
        className="min-h-20 rounded-lg border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600"
        {...props}
      />
    </FieldShell>
  );
}
