import type { Metadata } from "next";
import { ReminderSettingsForm } from "@/components/account/reminder-settings-form";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireUser } from "@/lib/auth/current-user";
import { getReminderSettings } from "@/lib/reminders/get-reminder-settings";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const settings = await getReminderSettings(user.id);
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Account</h1>
        <p className="text-slate-700">Signed in as {user.email}</p>
      </div>
      <section aria-labelledby="reminders" className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5">
        <h2 id="reminders" className="text-lg font-semibold">
          Reminder emails
        </h2>
        <ReminderSettingsForm remindersEnabled={settings.remindersEnabled} />
      </section>
      <section aria-labelledby="password" className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5">
        <h2 id="password" className="text-lg font-semibold">
          Change password
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
