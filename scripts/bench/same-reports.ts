/**
 * Are two trees' reports the same? `npx tsx scripts/bench/same-reports.ts BASE_ROOT [DIR|FILE]...`
 * loads the core of BASE_ROOT (another worktree) and of this tree in one
 * process and compares, page by page, the forced report at every
 * sensitivity, the automatic report and the quick look (default pages: the
 * real corpus, the dev set and the fixtures). For speed work that must not
 * change behaviour. Exit code 1 on any difference.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expandInputs } from './corpus';
import { contentDirectory } from '../../src/sources/compact';

async function main(): Promise<number> {
  const [base, ...inputs] = process.argv.slice(2);
  if (!base) {
    console.error('usage: same-reports.ts BASE_ROOT [DIR|FILE]...');
    return 2;
  }
  const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
  const files = await expandInputs(inputs.length ? inputs : [path.join(here, '../shared/corpus/pages'), path.join(here, '../shared/eval/dev'), path.join(here, 'tests/fixtures')]);
  const load = async (root: string) => ({
    core: await import(path.join(path.resolve(root), 'src/core/index.ts')),
    db: (await import(path.join(path.resolve(root), 'src/sources/compact.ts'))).contentDirectory() as ReturnType<typeof contentDirectory>,
  });
  const a = await load(base);
  const b = await load(here);
  let diffs = 0;
  const run = (m: Awaited<ReturnType<typeof load>>, html: string): string => {
    const doc = () => parseHTML(html).document as unknown as Document;
    const url = 'https://news.example/2024/01/some-article-slug.html';
    const out: unknown[] = [m.core.quickLook(doc(), { url, db: m.db })];
    for (const sensitivity of ['strict', 'normal', 'relaxed']) out.push(m.core.analyze(doc(), { db: m.db, url, sensitivity, force: true }));
    out.push(m.core.analyze(doc(), { db: m.db }));
    return JSON.stringify(out);
  };
  for (const f of files) {
    const html = readFileSync(f, 'utf8');
    const x = run(a, html);
    const y = run(b, html);
    if (x !== y) {
      diffs++;
      let i = 0;
      while (i < x.length && x[i] === y[i]) i++;
      console.log(`DIFF ${f}\n  base: …${x.slice(Math.max(0, i - 80), i + 120)}\n  here: …${y.slice(Math.max(0, i - 80), i + 120)}`);
    }
  }
  console.log(`${files.length} pages, ${diffs} with different reports`);
  return diffs ? 1 : 0;
}

main().then((c) => (process.exitCode = c));
