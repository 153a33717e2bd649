import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ProofFonts } from "./load-proof-fonts";
import { woffToSfnt } from "./woff-to-sfnt";

// Noto Sans TC's "chinese-traditional" file: the Traditional characters that
// Noto Sans SC's Simplified file lacks (壢, 嶼, 囑 …). 2.2 MB once unpacked, so
// read only by a pack that needs it, then kept for the life of the process.
const FILE = "@fontsource/noto-sans-tc/files/noto-sans-tc-chinese-traditional-400-normal.woff";

let loading: Promise<ProofFonts> | null = null;

/** The fallback face for Chinese characters the proof pack's own faces do not have, read once per process. */
export function loadTraditionalChineseFont(): Promise<ProofFonts> {
  loading ??= readFile(path.join(process.cwd(), "node_modules", FILE))
    .then((woff): ProofFonts => [{ name: "traditional", bytes: new Uint8Array(woffToSfnt(woff)) }])
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}
