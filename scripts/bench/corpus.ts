/** Finding the pages to measure. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** All *.html files under `dir` (recursively), sorted; [] when the directory does not exist. */
export async function htmlFiles(dir: string, depth = 6): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && depth > 0 && e.name !== 'node_modules' && !e.name.startsWith('.')) out.push(...(await htmlFiles(p, depth - 1)));
    else if (e.isFile() && /\.html?$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** The given paths (files or directories) expanded to HTML files, de-duplicated, in order. */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const i of inputs) {
    let files: string[] = [];
    try {
      files = (await stat(i)).isDirectory() ? await htmlFiles(i) : [i];
    } catch {
      files = [];
    }
    for (const f of files) {
      const k = path.resolve(f);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(f);
      }
    }
  }
  return out;
}
