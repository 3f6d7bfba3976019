/**
 * `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, offline) on
 * dist/firefox. Fails on any error, and on any warning or notice that is not
 * in the allow-list below, each entry with the reason it is harmless. Run
 * `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface Allowed {
  code: string;
  file: RegExp;
  /** Why it is harmless; printed with every allowed message (and in docs/testing.md). */
  reason: string;
}

export const ALLOWED: Allowed[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^(popup|options)\.js$/,
    reason:
      "preact's renderer assigns `innerHTML` only for the `dangerouslySetInnerHTML` prop. Credence's source never passes that prop (this script fails if src/ mentions it or innerHTML), so that branch is dead code in our bundles.",
  },
];

export function classify(report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }): {
  failures: string[];
  allowed: string[];
} {
  const failures: string[] = [];
  const allowed: string[] = [];
  const fmt = (kind: string, m: LintMessage) => `${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;
  for (const m of report.errors) failures.push(fmt('error', m));
  for (const [kind, list] of [
    ['warning', report.warnings],
    ['notice', report.notices],
  ] as const) {
    for (const m of list) {
      const ok = ALLOWED.find((a) => a.code === m.code && a.file.test(m.file ?? ''));
      if (ok) allowed.push(`${fmt(kind, m)}\n    allowed: ${ok.reason}`);
      else failures.push(fmt(kind, m));
    }
  }
  return { failures, allowed };
}

/** Source files under src/ that mention innerHTML or dangerouslySetInnerHTML (the allow-list's premise). */
export function htmlSinksInSource(dir = path.join(ROOT, 'src')): string[] {
  const hits: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(ts|tsx|js|mjs)$/.test(e.name)) continue;
    const file = path.join(e.parentPath, e.name);
    if (/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML/.test(readFileSync(file, 'utf8'))) hits.push(path.relative(ROOT, file));
  }
  return hits;
}

function main(): void {
  const sinks = htmlSinksInSource();
  if (sinks.length) {
    console.error(`lint:firefox: the UNSAFE_VAR_ASSIGNMENT allowance assumes no HTML sinks in src/, but these mention one:\n  ${sinks.join('\n  ')}`);
    process.exit(1);
  }
  const dir = path.join(ROOT, 'dist/firefox');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error('lint:firefox: dist/firefox is missing; run `npm run build` first.');
    process.exit(1);
  }
  const bin = path.join(ROOT, 'node_modules/web-ext/bin/web-ext.js');
  const r = spawnSync(process.execPath, [bin, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
  try {
    const out = r.stdout;
    report = JSON.parse(out.slice(out.indexOf('{'))) as typeof report;
  } catch {
    console.error(`lint:firefox: web-ext produced no JSON report (exit ${r.status}).\n${r.stderr}`);
    process.exit(1);
  }
  const { failures, allowed } = classify(report);
  for (const a of allowed) console.log(`  ${a}`);
  if (failures.length) {
    console.error(`web-ext lint: ${failures.length} problem(s) in dist/firefox:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string }).version;
  console.log(`web-ext lint: dist/firefox ${version} has no errors and no unexplained warnings (${allowed.length} allowed).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
