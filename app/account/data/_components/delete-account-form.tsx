"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteAccountAction } from "@/app/account/data/actions";
import { PasswordField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { useFormKey } from "@/components/ui/use-form-key";

export function DeleteAccountForm() {
  const t = useTranslations("accountData");
  const [state, action] = useFormAction(deleteAccountAction);
  // Drawn anew with each answer, so the ticked confirmation survives a mistyped password.
  const formKey = useFormKey(state);
  // The password is kept in the browser, never sent back, so the form drawn anew keeps it when
  // only the box was left unticked; a password the server refused is cleared, as it is what to fix.
  const [typed, setTyped] = useState("");
  return (
    <form key={formKey} action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <PasswordField
        label={t("passwordLabel")}
        name="password"
        autoComplete="current-password"
        error={state.errors?.password}
        defaultValue={state.errors?.password || state.errors?.form ? "" : typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      <div className="flex flex-col gap-1">
        <label className="flex min-h-12 items-center gap-3 text-base">
          <input
            type="checkbox"
            name="confirm"
            required
            defaultChecked={state.values?.confirm === "on"}
            aria-invalid={state.errors?.confirm ? true : undefined}
            aria-describedby={state.errors?.confirm ? "delete-confirm-error" : undefined}
            className="size-6 shrink-0"
          />
          {t("confirmLabel")}
        </label>
        {state.errors?.confirm ? (
          <p id="delete-confirm-error" className="text-sm font-medium text-red-700">
            {state.errors.confirm}
          </p>
        ) : null}
      </div>
      <SubmitButton tone="danger" pendingLabel={t("deleting")}>
        {t("deleteButton")}
      </SubmitButton>
    </form>
  );
}
