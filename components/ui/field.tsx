import type { InputHTMLAttributes } from "react";
import { describedBy, FieldShell } from "./field-shell";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  name: string;
  error?: string;
  hint?: string;
};

export function Field({ label, name, error, hint, id, ...input }: FieldProps) {
  const inputId = id ?? `field-${name}`;
  return (
    <FieldShell inputId={inputId} label={label} hint={hint} error={error}>
      <input
        id={inputId}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(inputId, hint, error)}
        className="min-h-12 rounded-lg border border-slate-300 bg-white px-3 text-base shadow-sm aria-invalid:border-red-600"
        {...input}
      />
    </FieldShell>
  );
}

/** An address field: the email keyboard, autofill and required, as every address field has them. */
export function EmailField(props: Omit<FieldProps, "type" | "autoComplete" | "inputMode" | "required">) {
  return <Field type="email" autoComplete="email" inputMode="email" required {...props} />;
}

/** A password field; autofill needs to know whether it is the current password or a new one. */
export function PasswordField(props: Omit<FieldProps, "type" | "required"> & { autoComplete: "current-password" | "new-password" }) {
  return <Field type="password" required {...props} />;
}
