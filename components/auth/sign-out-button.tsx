import { signOutAction } from "@/app/sign-out/actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-lg px-3 py-2 text-sm font-medium hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
