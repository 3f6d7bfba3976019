import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve(__dirname, '../../bin/credence.mjs');
let dir = '';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Ransomware gang hits hospital network - Example Security Desk</title>
<link rel="canonical" href="https://securitydesk.example/2026/ransomware-hospital">
<meta property="og:type" content="article"><meta property="og:site_name" content="Example Security Desk">
</head><body><article><h1>Ransomware gang hits hospital network</h1>
<p>A ransomware attack encrypted servers at a regional hospital on Monday, according to the hospital's IT director, who said the attackers exploited CVE-2024-3400 in a firewall.</p>
<p>The malware spread through the network within hours, and the hackers demanded a ransom, the director said. Investigators found a backdoor on two servers.</p>
<p>Security researchers said the vulnerability had been exploited by several ransomware groups since April, and that phishing was not involved in this breach.</p>
</article></body></html>`;

// A general news story of our own: an article, not security news.
const COUNCIL = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council delays bridge repairs</title></head>
<body><article><h1>Council delays bridge repairs</h1>
<p>The city council voted on Tuesday to delay repairs to the Elm Street bridge until next spring, according to the council's finance director, Maria Lopes.</p>
<p>"We simply do not have the money this year," Mayor Tom Becker said after the vote. Residents who use the bridge every day were not consulted, Lopes told reporters.</p>
<p>The repairs are expected to cost about four million dollars and will close the bridge for six weeks, the director said in a statement.</p>
</article></body></html>`;

function run(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'credence-cli-'));
  writeFileSync(path.join(dir, 'a.html'), ARTICLE);
  writeFileSync(path.join(dir, 'empty.html'), '');
  writeFileSync(path.join(dir, 'council.html'), COUNCIL);
  writeFileSync(path.join(dir, 'bin.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
  writeFileSync(path.join(dir, 'notes.txt'), 'just some text, no markup at all');
  execFileSync(process.execPath, [BIN, '--help']); // builds dist/cli once if needed
});

describe('credence analyze', () => {
  it('prints --help and exits 0', () => {
    const r = run(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage: credence analyze/);
  });

  it('prints one JSON report per input, in input order', () => {
    const r = run(['analyze', '--json', path.join(dir, 'a.html'), path.join(dir, 'a.html')]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const rep = JSON.parse(lines[0]!);
    expect(rep.schemaVersion).toBe(1);
    expect(rep.url).toBe('https://securitydesk.example/2026/ransomware-hospital');
    expect(rep.isArticle).toBe(true);
    expect(rep.isSecurityNews).toBe(true);
    expect(rep.article.title).toBe('Ransomware gang hits hospital network');
    expect(rep.evidence.cves).toEqual(['CVE-2024-3400']);
  });

  it('takes --url over the canonical URL', () => {
    const r = run(['analyze', '--json', '--url', 'https://other.example/x', path.join(dir, 'a.html')]);
    expect(JSON.parse(r.stdout).url).toBe('https://other.example/x');
  });

  it('reads standard input with -', () => {
    const r = run(['analyze', '--json', '-'], ARTICLE);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).isSecurityNews).toBe(true);
  });

  it('prints a readable report without --json', () => {
    const r = run(['analyze', path.join(dir, 'a.html')]);
    expect(r.stdout).toMatch(/Title: +Ransomware gang hits hospital network/);
    expect(r.stdout).toMatch(/Security news: yes/);
  });

  it('reports unreadable inputs on one line each, exits 1, and still analyses the rest', () => {
    const r = run(['analyze', '--json', path.join(dir, 'missing.html'), path.join(dir, 'empty.html'), path.join(dir, 'bin.html'), path.join(dir, 'notes.txt'), path.join(dir, 'a.html')]);
    expect(r.status).toBe(1);
    const errs = r.stderr.trim().split('\n');
    expect(errs).toHaveLength(4);
    expect(errs[0]).toMatch(/missing\.html: no such file/);
    expect(errs[1]).toMatch(/empty\.html: empty file/);
    expect(errs[2]).toMatch(/bin\.html: not an HTML file/);
    expect(errs[3]).toMatch(/notes\.txt: not an HTML file/);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('analyses the sourcing of a page that is not security news, unless --detected-only', () => {
    const full = JSON.parse(run(['analyze', '--json', path.join(dir, 'council.html')]).stdout);
    expect(full.isArticle).toBe(true);
    expect(full.isSecurityNews).toBe(false);
    const sources = full.attributions.map((a: { source: string }) => a.source);
    expect(sources).toEqual(expect.arrayContaining([expect.stringMatching(/Lopes/), expect.stringMatching(/Becker/)]));
    expect(full.notes.map((n: { id: string }) => n.id)).not.toContain('no-technical-evidence');
    expect(run(['analyze', path.join(dir, 'council.html')]).stdout).toMatch(/not detected as security news; its sourcing is shown/);
    const gated = JSON.parse(run(['analyze', '--json', '--detected-only', path.join(dir, 'council.html')]).stdout);
    expect(gated.isSecurityNews).toBe(false);
    expect(gated.attributions).toEqual([]);
    expect(gated.notes).toEqual([]);
    // --force is the default, kept for scripts; the last of the two flags wins.
    expect(JSON.parse(run(['analyze', '--json', '--detected-only', '--force', path.join(dir, 'council.html')]).stdout).attributions.length).toBe(full.attributions.length);
  });

  it('exits 2 on usage errors', () => {
    expect(run(['analyze']).status).toBe(2);
    expect(run(['analyze', '--bogus', 'x.html']).status).toBe(2);
    expect(run(['analyze', '--url', 'javascript:alert(1)', 'x.html']).status).toBe(2);
  });
});
