/** Most file systems keep at most 255 bytes in one name; a Chinese character takes 3 of them. */
const MAX_NAME_BYTES = 240;

const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });

/** The name cut, on a character's edge (an emoji sequence or a letter with its marks whole), to fit `bytes` in UTF-8, its extension kept. */
function fitName(name: string, bytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= bytes) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  let stem = "";
  let room = bytes - encoder.encode(extension).length;
  for (const { segment: character } of graphemes.segment(name.slice(0, name.length - extension.length))) {
    room -= encoder.encode(character).length;
    if (room < 0) break;
    stem += character;
  }
  return `${stem}${extension}`;
}

export function receiptPathInExport(receipt: { id: string; caseId: string; fileName: string }): string {
  // A 100-character Chinese name is 300 bytes: unzipped as it was, it would not fit in one file name.
  return `receipts/${receipt.caseId}/${fitName(`${receipt.id}-${receipt.fileName}`, MAX_NAME_BYTES)}`;
}
