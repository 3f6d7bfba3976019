import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The manifest asks for the fewest permissions that work, and the code uses each one it asks for. */
const ROOT = path.resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
const files = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(d, e.name)) : [path.join(d, e.name)]));
const code = ['src/background', 'src/content', 'src/popup', 'src/options', 'src/shared']
  .flatMap((d) => files(path.join(ROOT, d)))
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('manifest permissions', () => {
  it('asks for exactly storage, activeTab and scripting', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(['activeTab', 'scripting', 'storage']);
  });
  it('uses each permission it asks for', () => {
    expect(code).toMatch(/storage\.(?:sync|session)/);
    expect(code).toMatch(/scripting\.executeScript/);
    expect(code).toMatch(/scripting\.registerContentScripts/);
  });
  it('keeps all-sites access optional, requested and revoked from the options page', () => {
    // Host access only for the known sites the content script already runs on (to inject analyzer.js there).
    expect(manifest.host_permissions).toEqual((manifest.content_scripts as { matches: string[] }[])[0]!.matches);
    expect(manifest.host_permissions).not.toContain('https://*/*');
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(code).toMatch(/permissions\.request\(/);
    expect(code).toMatch(/permissions\.remove\(/);
  });
  it('exposes nothing to web pages', () => {
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(code).not.toMatch(/\bpostMessage\s*\(/);
    expect(code).not.toMatch(/onMessageExternal|onConnectExternal/);
    expect(code).not.toMatch(/innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
  });
  it('runs the content script at document_idle on https sites only', () => {
    const cs = (manifest.content_scripts as { matches: string[]; js: string[]; run_at: string }[])[0]!;
    expect(cs.js).toEqual(['content.js']);
    expect(cs.run_at).toBe('document_idle');
    expect(cs.matches.length).toBeGreaterThan(5);
    for (const m of cs.matches) expect(m).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9.-]+\.[a-z]{2,}\/(?:[a-z0-9-]+\/)?\*$/);
  });
});
