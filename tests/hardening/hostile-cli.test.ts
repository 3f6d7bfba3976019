/**
 * `credence analyze` on hostile inputs (issue 8): every readable page gives one
 * JSON line that satisfies the contract; every unreadable one gives exactly
 * one line on standard error, the exit code is 1, and the files after it are
 * still analysed. The readable output never carries terminal control
 * characters from the page.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateHostile, writeHostile } from './generate';
import { reportProblems } from './helpers';

const BIN = path.resolve(__dirname, '../../bin/credence.mjs');
const FIX = path.resolve(__dirname, '../fixtures/hostile');
let dir = '';
let files = new Map<string, string>();

const GOOD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hackers hit water utility</title>
<link rel="canonical" href="https://good.example/water"><meta property="og:type" content="article"></head>
<body><article><h1>Hackers hit water utility</h1>
<p>Hackers breached a water utility's network and deployed ransomware, according to the utility, which said a vulnerability in its remote access gateway was exploited.</p>
<p>The malware encrypted billing servers, officials said, and investigators found a backdoor; the attackers allegedly used phishing first.</p></article></body></html>`;

function run(args: string[], opts: { input?: string | Buffer; timeout?: number } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input,
    timeout: opts.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

const ERROR_PAGES: string[] = [];

beforeAll(() => {
  const pages = generateHostile();
  ERROR_PAGES.push(...pages.filter((p) => p.cli === 'error').map((p) => p.name));
  dir = mkdtempSync(path.join(os.tmpdir(), 'credence-hostile-'));
  files = writeHostile(path.join(dir, 'gen'), pages);
  mkdirSync(path.join(dir, 'fix'));
  for (const f of readdirSync(FIX)) {
    copyFileSync(path.join(FIX, f), path.join(dir, 'fix', f));
    files.set(f, path.join(dir, 'fix', f));
  }
  writeFileSync(path.join(dir, 'good.html'), GOOD);
  files.set('good.html', path.join(dir, 'good.html'));
  execFileSync(process.execPath, [BIN, '--help']); // build dist/cli once
}, 120_000);

/** Run the CLI on `names` (in order) and check the contract of its output. */
function runAndCheck(names: string[], timeout = 300_000) {
  const expectError = new Set([...ERROR_PAGES, 'empty.html']);
  const r = run(['analyze', '--json', '--force', ...names.map((n) => files.get(n)!)], { timeout });
  expect(r.error, String(r.error)).toBeUndefined();
  const errLines = r.stderr.split('\n').filter(Boolean);
  const outLines = r.stdout.split('\n').filter(Boolean);
  const wantErrors = names.filter((n) => expectError.has(n));
  expect(errLines.length, r.stderr).toBe(wantErrors.length);
  wantErrors.forEach((n, i) => expect(errLines[i]).toMatch(new RegExp(`^credence: .*${n.replace(/\./g, '\\.')}: \\S.*$`)));
  expect(outLines.length, `stdout lines (stderr: ${r.stderr.slice(0, 500)})`).toBe(names.length - wantErrors.length);
  for (const line of outLines) {
    expect(line.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const rep = JSON.parse(line);
    expect(reportProblems(rep), `${rep.url ?? ''} ${rep.article?.title?.slice(0, 60) ?? ''}`).toEqual([]);
  }
  expect(r.status).toBe(wantErrors.length ? 1 : 0);
  return { r, outLines };
}

describe('credence analyze on hostile files', () => {
  it('small hostile pages and unreadable files: one error line each, the rest analysed, exit 1', () => {
    const small = [
      'empty.html',
      'malformed.html',
      'binary.html',
      'zero-width-bidi.html',
      'binary-no-nul.html',
      'markup-in-text.html',
      'png-header.html',
      'link-schemes.html',
      'whitespace-only.html',
      'canonical-not-http.html',
      'only-comment.html',
      'truncated.html',
      'utf16le-bom.html',
      'nul-in-middle.html',
      ...readdirSync(FIX).filter((f) => /-(?:meta|sniff)\.html$/.test(f)),
      'good.html',
    ];
    const { outLines } = runAndCheck(small);
    // The last file is analysed normally after all the failures.
    expect(JSON.parse(outLines.at(-1)!).url).toBe('https://good.example/water');
  }, 300_000);

  it('regex bait pages: all analysed within the time limit', () => {
    runAndCheck([...files.keys()].filter((n) => n.startsWith('bait-')), 300_000);
  }, 320_000);

  it('giant, deep and link-flood pages: all analysed within the time limit', () => {
    runAndCheck(['giant-5mb.html', 'deep-20000.html', 'deep-unclosed.html', 'links-100000.html', 'good.html'], 300_000);
  }, 320_000);

  it('a missing file, a directory and a file name with a newline give one line each', () => {
    const odd = path.join(dir, 'bad\nname.html');
    writeFileSync(odd, '');
    const r = run(['analyze', '--json', path.join(dir, 'missing.html'), dir, odd, files.get('good.html')!]);
    expect(r.status).toBe(1);
    const errs = r.stderr.split('\n').filter(Boolean);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/missing\.html: no such file$/);
    expect(errs[1]).toMatch(/: is a directory$/);
    expect(errs[2]).toMatch(/bad name\.html: empty file$/);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('the readable report carries no terminal control or bidi characters from the page', () => {
    const esc = GOOD.replace('<title>Hackers hit water utility</title>', '<title>Hackers \u001b[2J\u001b]0;owned\u0007 hit &#27;[31mwater\r\u202e utility</title>')
      .replace('according to the utility', 'according to the \u001b[8mUtility\u009b31m Board');
    const r = run(['analyze', '--force', '-'], { input: esc });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Title: +Hackers/);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('stdin with hostile bytes gives a one-line error or a valid report, never a crash', () => {
    for (const input of [Buffer.from([0xff, 0xfe, 0x00]), Buffer.from([0xfe, 0xff]), Buffer.from('<html>\u0000'), Buffer.from([0xef, 0xbb, 0xbf])]) {
      const r = run(['analyze', '--json', '-'], { input });
      expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
      if (r.status === 1) expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
      else expect(reportProblems(JSON.parse(r.stdout))).toEqual([]);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });
});
