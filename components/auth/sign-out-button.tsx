import { signOutAction } from "@/app/sign-out/actions";

export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="whitespace-nowrap rounded-lg px-2 py-2 text-sm font-medium hover:bg-slate-100">
        Sign out
      </button>
    </form>
  );
}
