"use client";

import { useFormStatus } from "react-dom";

/**
 * A field's error from the form's last answer. While the form sends again it
 * is no longer the answer ("too short" under a password just made longer), so
 * it steps aside until the new answer comes.
 */
export function FieldError({ id, children }: { id: string; children: string }) {
  const { pending } = useFormStatus();
  if (pending) return null;
  return (
    <p id={id} className="text-sm font-medium text-red-700">
      {children}
    </p>
  );
}
