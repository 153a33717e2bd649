import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: readonly { value: string; label: string }[];
  /** Options under headings (<optgroup>), after the plain ones. */
  groups?: readonly { label: string; options: readonly { value: string; label: string }[] }[];
  hint?: string;
  error?: string;
};

export function Select({ label, name, options, groups = [], hint, error, id, ...props }: Props) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell inputId={inputId} label={label} hint={hint} error={error}>
      <select
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        // min-w-0: a long option (a time zone name) must not push the page wider than a phone.
        className="min-h-12 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm aria-invalid:border-red-600"
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}
