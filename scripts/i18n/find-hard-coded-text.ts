// Finds user-facing text written in pages and components instead of
// messages/*.json: JSX text, strings rendered as children, user-facing
// attributes, page metadata. `npm run i18n:check` lists them; the unit test
// lib/i18n/hard-coded-strings.test.ts fails on any.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export const root = path.resolve(import.meta.dirname, "../..");

export function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

/** Words: any letter of any script. Punctuation, digits and symbols like "·" or "→" are not text. */
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) || /\p{Script=Han}/u.test(text);

const USER_FACING_ATTRIBUTES = /^(placeholder|title|alt|aria-label|aria-description|aria-valuetext|aria-roledescription|label|legend|hint|description|confirm|\w+Label|\w+Text|\w+Message)$/;
const METADATA_FIELDS = new Set(["title", "description", "default"]);

export function findHardCoded(file: string, text = readFileSync(path.join(root, file), "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${file}:${line + 1} ${JSON.stringify(text.trim().slice(0, 60))}`);
  };
  // A string a JSX child expression renders: {"text"}, {a ? "x" : "y"}, {a && "x"}, {`text ${b}`}.
  const checkRendered = (node: ts.Expression) => {
    if (ts.isParenthesizedExpression(node)) return checkRendered(node.expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (hasWords(node.text)) report(node, node.text);
    } else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(" ");
      if (hasWords(text)) report(node, text);
    } else if (ts.isConditionalExpression(node)) {
      checkRendered(node.whenTrue);
      checkRendered(node.whenFalse);
    } else if (ts.isBinaryExpression(node) && [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(node.operatorToken.kind)) {
      checkRendered(node.right);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) checkRendered(node.expression);
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.test(node.name.getText(source)) && node.initializer) {
      if (ts.isStringLiteral(node.initializer) && hasWords(node.initializer.text)) report(node, node.initializer.text);
      if (ts.isJsxExpression(node.initializer) && node.initializer.expression) checkRendered(node.initializer.expression);
    }
    if (
      file.startsWith("app/") &&
      ts.isPropertyAssignment(node) &&
      METADATA_FIELDS.has(node.name.getText(source)) &&
      (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer)) &&
      hasWords(node.initializer.text)
    ) {
      report(node, node.initializer.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function findAllHardCoded(): string[] {
  const files = [...filesUnder("app", /\.tsx$/), ...filesUnder("components", /\.tsx$/)];
  return files.flatMap((file) => findHardCoded(file));
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const found = findAllHardCoded();
  for (const line of found) console.log(line);
  console.log(`${found.length} hard-coded text(s)`);
  process.exitCode = found.length ? 1 : 0;
}
