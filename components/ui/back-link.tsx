import type { Route } from "next";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/** The way back up, above a page's heading: one look, arrow and tap size everywhere; the arrow is drawn, not read out. */
export function BackLink({ href, children, className = "" }: { href: Route; children: ReactNode; className?: string }) {
  return (
    <Link href={href} className={`inline-flex min-h-11 items-center self-start text-sm font-medium text-brand-700 underline ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mr-1 size-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M13 8H3m4-4L3 8l4 4" />
      </svg>
      {children}
    </Link>
  );
}
