const KHMER_ZERO = 0x17e0;

/**
 * Digits as ASCII, whatever keyboard typed them: NFKC turns full-width ones
 * (a Chinese keyboard's "０９７", "＋", "－") into ASCII, and Khmer digits
 * ("០៩៧"), which NFKC leaves alone, are mapped here.
 */
export function toAsciiDigits(text: string): string {
  return text.normalize("NFKC").replace(/[\u17e0-\u17e9]/g, (digit) => String(digit.charCodeAt(0) - KHMER_ZERO));
}
