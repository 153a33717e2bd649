"use client";

import { useActionState } from "react";
import { signUpAction } from "@/app/sign-up/actions";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/http/form-state";
import { PASSWORD_MIN } from "@/lib/auth/schemas";

export function SignUpForm() {
  const [state, action] = useActionState(signUpAction, initialFormState);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <FormAlert tone="error">{state.errors?.form}</FormAlert>
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email}
        error={state.errors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN}
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={state.errors?.password}
      />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
