import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser } from "mailparser";

export type CaughtMail = {
  id: string;
  to: string;
  from: string;
  subject: string;
  date: Date | null;
  text: string;
  html: string | null;
  headers: Record<string, string>;
};

/** Messages stored by the mail catcher, newest first. */
export async function readCaughtMail(dir: string, options: { to?: string; limit?: number } = {}): Promise<CaughtMail[]> {
  const names = (await readdir(dir).catch(() => [] as string[]))
    .filter((name) => name.endsWith(".eml"))
    .sort()
    .reverse();
  const out: CaughtMail[] = [];
  for (const name of names) {
    const parsed = await simpleParser(await readFile(path.join(dir, name)));
    const to = [parsed.to ?? []].flat().map((address) => address.text).join(", ");
    if (options.to && !to.toLowerCase().includes(options.to.toLowerCase())) continue;
    const headers: Record<string, string> = {};
    for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
    out.push({
      id: name.replace(/\.eml$/, ""),
      to,
      from: parsed.from?.text ?? "",
      subject: parsed.subject ?? "",
      date: parsed.date ?? null,
      text: parsed.text ?? "",
      html: typeof parsed.html === "string" ? parsed.html : null,
      headers,
    });
    if (options.limit && out.length >= options.limit) break;
  }
  return out;
}
