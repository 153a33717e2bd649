"use client";

import { useEffect } from "react";
import { FormAlert } from "@/components/ui/form-alert";

/**
 * "Saved" after the edit form sent the user back here (?saved=1): the message
 * takes the focus the pressed Save button took with it. The flag is then taken
 * out of the address, so a reload, or the page redrawn after the next action,
 * does not say it again about something else.
 */
export function SavedNotice({ message }: { message: string | undefined }) {
  useEffect(() => {
    if (!message) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("saved");
    window.history.replaceState(null, "", url);
  }, [message]);
  return <FormAlert tone="success">{message}</FormAlert>;
}
