"use client";

import { useEffect } from "react";
import { FormAlert } from "./form-alert";

/**
 * A success message after an action sent the user to another page with a
 * flag in the address (?saved=1 after editing a case, ?deleted=1 after
 * deleting one): it takes the focus the pressed button took with it. The flag
 * is then taken out of the address, so a reload, a shared link, or the page
 * redrawn after the next action does not say it again about something else.
 */
export function RedirectNotice({ message, param }: { message: string | undefined; param: string }) {
  useEffect(() => {
    if (!message) return;
    const url = new URL(window.location.href);
    url.searchParams.delete(param);
    window.history.replaceState(null, "", url);
  }, [message, param]);
  return <FormAlert tone="success">{message}</FormAlert>;
}
