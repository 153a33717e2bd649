import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/** A page's one way on when it is a link, not a form: drawn as the primary button. */
export function PrimaryLink({ href, children }: { href: Route; children: ReactNode }) {
  return (
    <Link
      href={href}
      className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
    >
      {children}
    </Link>
  );
}
