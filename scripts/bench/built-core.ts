/**
 * The core as the extension ships it, for the bench: one esbuild bundle of the
 * analysis entry points with the extension's own options (minified, no kept
 * names), loaded from a temporary file. Under `tsx` the source carries
 * esbuild's `keepNames` wrappers (`__name(fn, …)` on every closure a hot
 * function creates: ~2 % of the first look's self time in a profile) and
 * per-file module wrappers that the shipped scripts do not have.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { analyzeFrom, firstLook } from '../../src/core/index';
import type { prefilter } from '../../src/content/prefilter';
import { extensionBuildOptions } from '../build';

export interface BenchCore {
  firstLook: typeof firstLook;
  analyzeFrom: typeof analyzeFrom;
  prefilter: typeof prefilter;
  /** Where it came from, for the report. */
  origin: 'built' | 'source';
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The entry the bundle is built from: what measure.ts times, nothing else. */
export function builtCoreEntry(root = ROOT): string {
  const core = JSON.stringify(path.join(root, 'src/core/index.ts'));
  const pre = JSON.stringify(path.join(root, 'src/content/prefilter.ts'));
  return `export { firstLook, analyzeFrom } from ${core};\nexport { prefilter } from ${pre};\n`;
}

export async function loadBuiltCore(root = ROOT): Promise<BenchCore> {
  const { metafile: _m, ...opts } = extensionBuildOptions();
  const res = await esbuild.build({
    ...opts,
    stdin: { contents: builtCoreEntry(root), resolveDir: root, loader: 'ts', sourcefile: 'bench-core.ts' },
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
  });
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'credence-bench-')), 'core.mjs');
  writeFileSync(file, res.outputFiles[0]!.text);
  const m = (await import(pathToFileURL(file).href)) as Omit<BenchCore, 'origin'>;
  return { firstLook: m.firstLook, analyzeFrom: m.analyzeFrom, prefilter: m.prefilter, origin: 'built' };
}
