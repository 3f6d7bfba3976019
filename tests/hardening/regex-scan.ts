/**
 * Finds every regular expression in the TypeScript sources: regex literals,
 * and `new RegExp(...)` / `RegExp(...)` calls. Literal patterns (string or
 * template literal without substitutions) are returned for checking; patterns
 * built at run time are returned as `dynamic` so a test can list them.
 * Uses the TypeScript parser, so regexes in comments and strings are not
 * mistaken for code and division is not mistaken for a regex.
 */
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** True when the pattern is computed at run time (cannot be checked statically). */
  dynamic: boolean;
  /** The expression as written. */
  text: string;
  /** Reason given in a `redos-ok: …` comment on this line or the line above, if any. */
  waiver: string | null;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(p);
    return /\.(?:ts|tsx|mts)$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

function literalText(n: ts.Node | undefined): string | null {
  if (!n) return null;
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return n.text;
  return null;
}

export function findRegexes(file: string, code = readFileSync(file, 'utf8')): FoundRegex[] {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: FoundRegex[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const lines = code.split('\n');
  const waiverAt = (line: number): string | null => {
    for (const l of [lines[line - 1], lines[line - 2]]) {
      const m = l ? /redos-ok:\s*(\S.{9,})/.exec(l) : null; // a reason is a phrase: 10 chars or more
      if (m) return m[1]!.trim();
    }
    return null;
  };
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = n.getText(sf);
      const end = t.lastIndexOf('/');
      out.push({ file, line: lineOf(n), source: t.slice(1, end), flags: t.slice(end + 1), dynamic: false, text: t, waiver: waiverAt(lineOf(n)) });
    } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
      const args = n.arguments ?? ts.factory.createNodeArray();
      const src = literalText(args[0]);
      const flags = args.length > 1 ? literalText(args[1]) : '';
      const text = n.getText(sf);
      if (src !== null && flags !== null) out.push({ file, line: lineOf(n), source: src, flags, dynamic: false, text, waiver: waiverAt(lineOf(n)) });
      else if (args[0] && ts.isRegularExpressionLiteral(args[0])) {
        /* new RegExp(/x/, 'g'): the literal itself is visited below */
      } else out.push({ file, line: lineOf(n), source: '', flags: flags ?? '', dynamic: true, text: text.length > 200 ? text.slice(0, 200) + '…' : text, waiver: waiverAt(lineOf(n)) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/**
 * A cheap structural check used when recheck cannot decide in time: flags
 * backreferences and a quantified group that itself contains an unbounded
 * quantifier (the classic `(a+)+`, `(\w+\s?)*` shapes). Over-approximates:
 * a hit means "a person must look", not proof of a vulnerability.
 */
export function structuralRisks(source: string): string[] {
  const risks: string[] = [];
  if (/\\[1-9]|\\k</.test(source)) risks.push('backreference');
  // Walk the pattern, tracking for each open group whether it contains an unbounded quantifier.
  const stack: { unbounded: boolean }[] = [];
  let lastGroupUnbounded = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      lastGroupUnbounded = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      lastGroupUnbounded = false;
      continue;
    }
    if (c === '(') {
      stack.push({ unbounded: false });
      lastGroupUnbounded = false;
      continue;
    }
    if (c === ')') {
      const g = stack.pop();
      lastGroupUnbounded = g?.unbounded ?? false;
      if (g?.unbounded && stack.length) stack[stack.length - 1]!.unbounded = true;
      continue;
    }
    const unboundedQ = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12)));
    const boundedRepeat = c === '{' && /^\{\d+,\d+\}/.test(source.slice(i, i + 14));
    if ((unboundedQ || boundedRepeat) && lastGroupUnbounded) {
      // A group with an unbounded inner quantifier repeated again: nested quantifiers.
      const big = unboundedQ || Number(/^\{\d+,(\d+)\}/.exec(source.slice(i, i + 14))?.[1] ?? 0) > 10;
      if (big) risks.push(`nested quantifier at ${i}`);
    }
    if (unboundedQ && stack.length) stack[stack.length - 1]!.unbounded = true;
    if (c !== '?') lastGroupUnbounded = false;
  }
  return risks;
}
