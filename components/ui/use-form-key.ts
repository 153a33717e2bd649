"use client";

import { useState } from "react";

/**
 * A key for a form bound to useActionState: it changes with every answer of
 * the action. React 19 resets a form once its action has run, which empties
 * fields and puts controlled selects back on their first option; a form
 * rendered anew under a new key instead shows the values the action echoed
 * back (defaultValue) and the controlled fields' state.
 */
export function useFormKey(state: object): number {
  const [last, setLast] = useState({ state, key: 0 });
  if (last.state === state) return last.key;
  const next = { state, key: last.key + 1 };
  setLast(next);
  return next.key;
}
