import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deriveManifest, type Manifest } from '../../scripts/manifest';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('deriveManifest', () => {
  it('gives Chrome a module service worker and no gecko settings', () => {
    const m = deriveManifest(base, 'chrome', '1.2.3');
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js', type: 'module' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.manifest_version).toBe(3);
  });

  it('gives Firefox background.scripts and the gecko id, min version and data collection', () => {
    const m = deriveManifest(base, 'firefox', '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'], type: 'module' });
    const gecko = (m.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.strict_min_version).toBe('142.0');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('does not mutate the source manifest', () => {
    const copy = structuredClone(base);
    deriveManifest(base, 'chrome', '9.9.9');
    expect(base).toEqual(copy);
  });

  it('refuses a Firefox build without a gecko id', () => {
    const noId = { ...structuredClone(base), browser_specific_settings: {} } as Manifest;
    expect(() => deriveManifest(noId, 'firefox', '1.0.0')).toThrow(/gecko\.id/);
  });
});

describe('manifest permissions', () => {
  it('asks host access exactly for the sites the content script runs on (so analyzer.js can be injected there)', () => {
    const cs = (base.content_scripts as { matches: string[] }[])[0]!;
    expect(base.host_permissions).toEqual(cs.matches);
    expect(cs.matches.every((m) => /^https:\/\/\*\.[a-z0-9.-]+\/(?:[a-z0-9-]+\/)?\*$/.test(m))).toBe(true);
  });
  it('keeps all-sites access optional', () => {
    expect(base.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(base.permissions).toEqual(['storage', 'activeTab', 'scripting']);
  });
});

describe('content-script matches', () => {
  it('cover every security news site in the source database, and nothing drifts (run scripts/sync-matches.ts)', async () => {
    const { expectedMatches } = await import('../../scripts/sync-matches');
    const cs = (base.content_scripts as { matches: string[] }[])[0]!;
    expect(cs.matches).toEqual(expectedMatches());
    expect(cs.matches).toContain('https://*.thecyberexpress.com/*');
    expect(cs.matches).toContain('https://*.bleepingcomputer.com/*');
  });
});
