import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { woffToSfnt } from "./woff-to-sfnt";

// Noto Sans from the @fontsource packages, read from node_modules (nothing is
// fetched). The Chinese face is 2.5 MB once unpacked: read on the first proof
// pack, then kept for the life of the process; each PDF embeds only the glyphs it uses.
const FILES = {
  latin: "@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff",
  latinExtended: "@fontsource/noto-sans-khmer/files/noto-sans-khmer-latin-ext-400-normal.woff",
  chinese: "@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff",
  khmer: "@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff",
  // The one slice of the full Noto Sans SC that has the arrow of "Status: Open → In progress".
  arrows: "@fontsource/noto-sans-sc/files/noto-sans-sc-109-400-normal.woff",
} as const;

/** "traditional" is Noto Sans TC, read only when a pack needs it (load-traditional-chinese-font.ts). */
export type ProofFontName = keyof typeof FILES | "traditional";
/** TrueType bytes of each face, in the order a character looks for its glyph. */
export type ProofFonts = { name: ProofFontName; bytes: Uint8Array }[];

let loading: Promise<ProofFonts> | null = null;

async function readFonts(): Promise<ProofFonts> {
  const names = Object.keys(FILES) as (keyof typeof FILES)[];
  return Promise.all(
    names.map(async (name) => ({
      name,
      bytes: new Uint8Array(woffToSfnt(await readFile(path.join(process.cwd(), "node_modules", FILES[name])))),
    })),
  );
}

/** The proof pack's fonts, read once per process. */
export function loadProofFonts(): Promise<ProofFonts> {
  loading ??= readFonts().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
