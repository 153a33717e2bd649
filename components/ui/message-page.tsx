import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";

/** A page that only says one thing (not found, an error) and offers a way on. */
export function MessagePage({
  title,
  text,
  link,
  children,
}: {
  title: string;
  text: string;
  link: { href: "/" | "/cases"; label: string };
  /** Any action before the link (try again). */
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
      <p className="text-slate-700">{text}</p>
      {children}
      <Link href={link.href} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
        {link.label}
      </Link>
    </div>
  );
}
