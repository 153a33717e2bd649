export type PdfInspection = { ok: true; pageCount: number } | { ok: false; reason: "damaged" | "active"; found?: string };
export function inspectPdf(bytes: Uint8Array): Promise<PdfInspection>;
