import type { Route } from "next";
import Link from "next/link";
import type { ReactNode } from "react";

/** The way back up, above a page's heading: one look and one tap size everywhere. */
export function BackLink({ href, children, className = "" }: { href: Route; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={`inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline ${className}`}>
      {children}
    </Link>
  );
}
