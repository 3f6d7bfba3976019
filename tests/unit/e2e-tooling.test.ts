/** The tooling around the browser suites: store zips, the Firefox lint gate, the missing-browser rule, fixture routing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { manifestFiles, unzip, zip } from '../../scripts/package';
import { classify } from '../../scripts/lint-firefox';
import { browserAvailable } from '../e2e/browsers';
import { pageFile } from '../e2e/server';

describe('zip writer', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}') },
    { name: '_locales/en/messages.json', data: Buffer.from('{"a":{"message":"' + 'x'.repeat(5000) + '"}}') },
    { name: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
  ];

  it('round-trips names and bytes, and is deterministic', () => {
    const a = zip(entries);
    expect(unzip(a)).toEqual(entries);
    expect(zip(entries).equals(a)).toBe(true);
    expect(a.length).toBeLessThan(5000); // the repetitive file was deflated
  });

  it('refuses unsafe entry names', () => {
    expect(() => zip([{ name: '../evil', data: Buffer.alloc(1) }])).toThrow(/bad entry name/);
    expect(() => zip([{ name: '/abs', data: Buffer.alloc(1) }])).toThrow(/bad entry name/);
  });

  it('is read by the system unzip when there is one', async () => {
    if (spawnSync('unzip', ['-v']).status !== 0) return;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'credence-zip-'));
    try {
      const file = path.join(dir, 't.zip');
      await writeFile(file, zip(entries));
      const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('No errors detected');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('manifest file check', () => {
  it('lists every file the manifest points at', () => {
    const files = manifestFiles({
      icons: { 16: 'icons/icon-16.png' },
      action: { default_popup: 'popup.html', default_icon: { 32: 'icons/icon-32.png' } },
      background: { service_worker: 'background.js', scripts: ['background.js'] },
      options_ui: { page: 'options.html' },
      content_scripts: [{ js: ['content.js'] }],
      default_locale: 'en',
    });
    expect(files).toEqual(['_locales/en/messages.json', 'background.js', 'content.js', 'icons/icon-16.png', 'icons/icon-32.png', 'options.html', 'popup.html']);
  });
});

describe('Firefox lint gate', () => {
  const m = (code: string, file: string) => ({ code, file, message: 'm' });
  it('fails on errors and unexplained warnings, allows only the listed ones', () => {
    const r = classify({
      errors: [m('MANIFEST_FIELD_INVALID', 'manifest.json')],
      warnings: [m('UNSAFE_VAR_ASSIGNMENT', 'popup.js'), m('UNSAFE_VAR_ASSIGNMENT', 'content.js'), m('MISSING_DATA_COLLECTION_PERMISSIONS', 'manifest.json')],
      notices: [],
    });
    expect(r.allowed).toHaveLength(1);
    expect(r.allowed[0]).toContain('popup.js');
    expect(r.failures).toHaveLength(3);
    expect(r.failures.join('\n')).toContain('content.js');
  });
  it('passes a clean report', () => {
    expect(classify({ errors: [], warnings: [], notices: [] })).toEqual({ failures: [], allowed: [] });
  });
});

describe('a missing browser', () => {
  const ci = process.env.CI;
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
    vi.restoreAllMocks();
  });
  it('fails under CI=true', () => {
    process.env.CI = 'true';
    expect(() => browserAvailable('Chromium', '/nonexistent/chromium')).toThrow(/CI=true.*not found[\s\S]*setup:browsers/);
  });
  it('is skipped loudly, with the install command, elsewhere', () => {
    delete process.env.CI;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(browserAvailable('Firefox', '/nonexistent/firefox')).toBe(false);
    expect(warn.mock.calls[0]![0]).toMatch(/SKIPPED[\s\S]*npm run setup:browsers/);
  });
  it('is not reported when present', () => {
    expect(browserAvailable('Node', process.execPath)).toBe(true);
  });
});

describe('fixture server routes', () => {
  it('maps pages and single-page-app paths, nothing else', () => {
    expect(pageFile('/seed.html')).toBe('seed.html');
    expect(pageFile('/spa/')).toBe('spa.html');
    expect(pageFile('/spa/second')).toBe('spa.html');
    expect(pageFile('/../package.json')).toBeNull();
    expect(pageFile('/pages/seed.html')).toBeNull();
    expect(pageFile('/favicon.ico')).toBeNull();
  });
});
