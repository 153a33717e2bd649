// Which message namespaces the client components under one file read: follows
// the file's imports (type-only imports bring no code and are skipped), and
// from the first "use client" file on, everything it imports runs in the
// browser too. lib/i18n/client-messages.test.ts checks each route's
// provider against it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { root } from "./find-hard-coded-text";

const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.join(path.dirname(from), specifier);
  else return null; // a package
  if (/\.(json|css)$/.test(base)) return null;
  // Plain JavaScript modules (the logger's shared setup) are server code with no messages: not followed.
  if (/\.(mjs|cjs|js)$/.test(base) && existsSync(path.join(root, base))) return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)]) {
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false; // import "x" runs x
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

type Parsed = { client: boolean; imports: string[]; text: string };
const parsedFiles = new Map<string, Parsed>();

function parse(file: string): Parsed {
  const cached = parsedFiles.get(file);
  if (cached) return cached;
  const text = readFileSync(path.join(root, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const imports: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnly(node)) {
      const resolved = resolve(file, node.moduleSpecifier.text);
      if (resolved) imports.push(resolved);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      const resolved = resolve(file, node.arguments[0].text);
      if (resolved) imports.push(resolved);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const first = source.statements[0];
  const client = !!first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) && first.expression.text === "use client";
  const parsed = { client, imports, text };
  parsedFiles.set(file, parsed);
  return parsed;
}

export type ClientReads = {
  /** Files that run in the browser, reached from the entry. */
  clientFiles: string[];
  /** "file: namespace" for every useTranslations("namespace") in them. */
  reads: { file: string; namespace: string }[];
  /** Client files that read messages without naming a namespace (useTranslations(), useMessages()). */
  unnamed: string[];
};

/** What the client components reached from `entries` (paths from the project root) read. */
export function clientReads(entries: string[]): ClientReads {
  const seen = new Map<string, boolean>(); // file -> reached as client
  const walk = (file: string, inClient: boolean) => {
    const parsed = parse(file);
    const client = inClient || parsed.client;
    if (seen.get(file) === true || (seen.has(file) && !client)) return;
    seen.set(file, client);
    for (const imported of parsed.imports) walk(imported, client);
  };
  for (const entry of entries) walk(entry, false);
  const clientFiles = [...seen].filter(([, client]) => client).map(([file]) => file).sort();
  const reads: ClientReads["reads"] = [];
  const unnamed: string[] = [];
  for (const file of clientFiles) {
    const { text } = parse(file);
    if (/useTranslations\(\s*\)|useMessages\(/.test(text)) unnamed.push(file);
    for (const match of text.matchAll(/useTranslations\(\s*"([^"]+)"\s*\)/g)) reads.push({ file, namespace: match[1]! });
  }
  return { clientFiles, reads, unnamed };
}
