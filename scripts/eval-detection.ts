/**
 * Measure article detection, metadata and security-news detection.
 *
 *   npx tsx scripts/eval-detection.ts [--corpus DIR] [--dev DIR] [--verbose]
 *
 * On a corpus of real pages (default ../shared/corpus/pages) it compares our
 * isArticle with Readability's isProbablyReaderable, our title with
 * Readability's parse() title, site name and byline with Readability's where it
 * states them, and counts pages we call security news (the corpus is general
 * news: the target is 0). On the dev set (default ../shared/eval/dev) every
 * gold isArticle / isSecurityNews must be right. Also reports the time of our
 * first look against isProbablyReaderable.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { firstLook } from '../src/core/index';
import { extractPageFacts, normForCompare } from '../src/core/metadata';
import { extractBody } from '../src/core/body';
import { detect } from '../src/core/detect';
import { bundledDirectory } from '../src/sources/index';
import { decodeHtml } from '../src/cli/read-input';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const corpus = opt('--corpus', '../shared/corpus/pages');
const dev = opt('--dev', '../shared/eval/dev');
const verbose = args.includes('--verbose');

function load(file: string): Document {
  const html = decodeHtml(new Uint8Array(readFileSync(file)));
  return parseHTML(html).document as unknown as Document;
}

function urlFromIndex(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  const idx = path.join(dir, '..', 'index.tsv');
  if (!existsSync(idx)) return m;
  for (const line of readFileSync(idx, 'utf8').split('\n').slice(1)) {
    const [f, u] = line.split('\t');
    if (f && u) m.set(f, u.trim());
  }
  return m;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
const norm = (s: string | null | undefined) => normForCompare(s ?? '');

function sameName(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = norm(a).replace(/^the /, '');
  const y = norm(b).replace(/^the /, '');
  if (!x || !y) return false;
  if (x === y) return true;
  const [s, l] = x.length < y.length ? [x, y] : [y, x];
  return s.length >= 3 && (` ${l} `).includes(` ${s} `);
}

/** Byline lists compare as sets of names ("A, B and C" ~ "A and B, C"). */
function sameByline(a: string | null | undefined, b: string | null | undefined): boolean {
  if (sameName(a, b)) return true;
  const split = (s: string) =>
    s
      .split(/,|\band\b|&|;/)
      .map((x) => norm(x))
      .filter((x) => x.length > 1)
      .sort()
      .join('|');
  return !!a && !!b && split(a) === split(b);
}

function evalCorpus(dir: string): void {
  if (!existsSync(dir)) {
    console.log(`corpus ${dir}: not found`);
    return;
  }
  const urls = urlFromIndex(dir);
  const files = readdirSync(dir).filter((f) => /\.html?$/i.test(f)).sort();
  const db = bundledDirectory();
  let agree = 0;
  let titleOk = 0;
  let titleTolerant = 0;
  let titleN = 0;
  let siteOk = 0;
  let siteN = 0;
  let bylOk = 0;
  let bylN = 0;
  let sec = 0;
  let articles = 0;
  let ourMs = 0;
  let readerMs = 0;
  let ownMs = 0;
  for (const f of files) {
    const file = path.join(dir, f);
    let doc: Document;
    try {
      doc = load(file);
    } catch (e) {
      console.log(`${f}: unreadable (${(e as Error).message})`);
      continue;
    }
    const url = urls.get(f) ?? null;
    let t0 = performance.now();
    const look = firstLook(doc, { url, db });
    ourMs += performance.now() - t0;
    // Our own share (page facts + detection, without body extraction), on a fresh parse.
    const doc2 = load(file);
    t0 = performance.now();
    const facts2 = extractPageFacts(doc2, url);
    const tFacts = performance.now() - t0;
    const body2 = extractBody(doc2, { baseUrl: url ?? facts2.canonicalUrl, title: facts2.meta.title });
    t0 = performance.now();
    detect({ doc: doc2, facts: facts2, body: body2, url: url ?? facts2.canonicalUrl, db });
    ownMs += tFacts + (performance.now() - t0);

    const rdoc = load(file);
    t0 = performance.now();
    const readerable = isProbablyReaderable(rdoc as never);
    readerMs += performance.now() - t0;
    let parsed: ReturnType<Readability<string>['parse']> = null;
    try {
      parsed = new Readability(load(file) as never).parse();
    } catch {
      parsed = null;
    }
    if (look.isArticle === readerable) agree++;
    if (look.isArticle) articles++;
    if (look.isSecurityNews) sec++;
    const rt = parsed?.title ?? null;
    if (rt) {
      titleN++;
      const ours = norm(look.facts.meta.title);
      const theirs = norm(rt);
      const ok = theirs === ours;
      // Readability keeps site names and section labels around the headline ("Headline - Site", "Opinion | Headline").
      const residue = ours && theirs.includes(ours) ? theirs.replace(ours, ' ').trim() : null;
      const tolerant = ok || (residue !== null && residue.split(' ').length <= 6);
      if (ok) titleOk++;
      if (tolerant) titleTolerant++;
      else if (verbose) console.log(`  title ${f}\n    ours: ${look.facts.meta.title}\n    rdbl: ${rt}`);
    }
    if (parsed?.siteName) {
      siteN++;
      if (sameName(parsed.siteName, look.facts.meta.siteName)) siteOk++;
      else if (verbose) console.log(`  site  ${f}: ours=${look.facts.meta.siteName} | rdbl=${parsed.siteName}`);
    }
    if (parsed?.byline && parsed.byline.length < 100) {
      bylN++;
      if (sameByline(parsed.byline, look.facts.meta.byline)) bylOk++;
      else if (verbose) console.log(`  byl   ${f}: ours=${look.facts.meta.byline} | rdbl=${parsed.byline}`);
    }
    if (verbose && look.isArticle !== readerable)
      console.log(`  art   ${f}: ours=${look.isArticle} readerable=${readerable} ${url ?? ''}`);
    if (look.isSecurityNews) console.log(`  SECURITY? ${f} score=${look.score.toFixed(2)} ${look.reasons.join(' / ')}`);
  }
  console.log(`corpus ${dir}: ${files.length} pages`);
  console.log(`  isArticle agrees with isProbablyReaderable: ${pct(agree, files.length)}; we call ${articles} articles`);
  console.log(`  title = Readability title: ${pct(titleOk, titleN)}; allowing the site/section label Readability keeps: ${pct(titleTolerant, titleN)}`);
  console.log(`  siteName = Readability siteName (where stated): ${pct(siteOk, siteN)}`);
  console.log(`  byline = Readability byline (where stated): ${pct(bylOk, bylN)}`);
  console.log(`  called security news: ${sec} (target 0)`);
  console.log(
    `  time (linkedom): first look ${(ourMs / files.length).toFixed(1)} ms/page, of which page facts + detection ${(ownMs / files.length).toFixed(1)} ms; isProbablyReaderable ${(readerMs / files.length).toFixed(1)} ms/page`,
  );
}

interface Gold {
  file: string;
  url?: string;
  isArticle: boolean;
  isSecurityNews: boolean;
}

function evalDev(dir: string): void {
  if (!existsSync(dir)) {
    console.log(`dev ${dir}: not found`);
    return;
  }
  const db = bundledDirectory();
  const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  let art = 0;
  let sec = 0;
  for (const g of golds) {
    const gold = JSON.parse(readFileSync(path.join(dir, g), 'utf8')) as Gold;
    const file = path.join(dir, gold.file ?? g.replace('.gold.json', '.html'));
    const doc = load(file);
    const look = firstLook(doc, { url: null, db });
    const okA = look.isArticle === gold.isArticle;
    const okS = look.isSecurityNews === gold.isSecurityNews;
    if (okA) art++;
    if (okS) sec++;
    const mark = okA && okS ? 'ok ' : 'BAD';
    console.log(
      `  ${mark} ${path.basename(file)} article=${look.isArticle}/${gold.isArticle} security=${look.isSecurityNews}/${gold.isSecurityNews} score=${look.score.toFixed(2)}` +
        (verbose ? `\n      title="${look.facts.meta.title}" site="${look.facts.meta.siteName}" byline="${look.facts.meta.byline}" published=${look.facts.meta.published}\n      reasons: ${look.reasons.join(' / ')}` : ''),
    );
  }
  console.log(`dev ${dir}: isArticle ${art}/${golds.length}, isSecurityNews ${sec}/${golds.length}`);
}

evalCorpus(corpus);
evalDev(dev);
