import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  error?: string;
};

export function Select({ label, name, options, error, id, ...props }: Props) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell inputId={inputId} label={label} error={error}>
      <select
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, undefined, error)}
        className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm aria-invalid:border-red-600"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
