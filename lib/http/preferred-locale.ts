/** "zh" when the browser's Accept-Language puts a Chinese variant before English, else "en". */
export function preferredLocale(acceptLanguage: string | null): "en" | "zh" {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((param) => param.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { tag, q: Number.isNaN(q) ? 0 : q, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((entry) => entry.tag.startsWith("zh") || entry.tag.startsWith("en"));
  return first?.tag.startsWith("zh") ? "zh" : "en";
}
