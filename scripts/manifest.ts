/**
 * Derive each browser's manifest from the one manifest.json (the single
 * source of truth). Chrome runs the background as a service worker; Firefox
 * MV3 needs background.scripts and browser_specific_settings.gecko (see
 * ../shared/docs/e2e-recipe.md §4). Pure, so it is unit-tested.
 */
export type Target = 'chrome' | 'firefox';

export type Manifest = Record<string, unknown> & {
  manifest_version: number;
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
};

export function deriveManifest(base: Manifest, target: Target, version: string): Manifest {
  const m = structuredClone(base);
  m.version = version;
  const bg = base.background ?? {};
  const script = bg.service_worker ?? bg.scripts?.[0];
  if (!script) throw new Error('manifest.json: background needs a script');
  if (target === 'chrome') {
    m.background = { service_worker: script, type: 'module' };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: [script], type: 'module' };
    const gecko = (base.browser_specific_settings as { gecko?: { id?: string } } | undefined)?.gecko;
    if (!gecko?.id) throw new Error('manifest.json: browser_specific_settings.gecko.id is required for Firefox');
  }
  return m;
}
