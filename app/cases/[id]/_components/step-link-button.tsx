import { useTranslations } from "next-intl";
import type { StepLinkKind } from "@/lib/cases/step-links";

export type StepLinkView = { kind: StepLinkKind; href: string; target: string; beside?: boolean };

const VARIANTS = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 min-h-12 text-base",
  secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 min-h-11 text-sm",
};

/** A step's real link: dial the hotline, search the map for a store, or open the official site (in a new tab). */
export function StepLinkButton({ link, variant }: { link: StepLinkView; variant: keyof typeof VARIANTS }) {
  const t = useTranslations("casePage.links");
  const external = link.kind !== "call";
  return (
    <a
      href={link.href}
      {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}
      className={`inline-flex items-center justify-center rounded-lg px-4 font-semibold ${VARIANTS[variant]}`}
    >
      {t(link.kind, { target: link.target })}
    </a>
  );
}
