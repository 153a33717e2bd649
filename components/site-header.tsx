import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SignOutButton } from "./auth/sign-out-button";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-2xl items-center justify-between gap-2 px-4 py-3">
        <Link href={user ? "/cases" : "/"} className="text-lg font-bold text-brand-800">
          Simcase
        </Link>
        {user ? (
          <div className="flex items-center gap-1">
            <Link href="/cases" className="whitespace-nowrap rounded-lg px-2 py-2 text-sm font-medium hover:bg-slate-100">
              My cases
            </Link>
            <Link href="/account" className="whitespace-nowrap rounded-lg px-2 py-2 text-sm font-medium hover:bg-slate-100">
              Account
            </Link>
            <SignOutButton />
          </div>
        ) : (
          <div className="flex items-center gap-1">
            <Link href="/sign-in" className="whitespace-nowrap rounded-lg px-2 py-2 text-sm font-medium hover:bg-slate-100">
              Sign in
            </Link>
            <Link
              href="/sign-up"
              className="rounded-lg bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
            >
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
