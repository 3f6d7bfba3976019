/**
 * What each regex literal of the core costs cold: `npx tsx scripts/bench/regex-cost.ts [ROOT]` (TOP=n rows). For every
 * literal, the best of three: a compile under a unique source (no compilation cache), a first exec (the interpreter's
 * bytecode), two more (the tier-up to native code). A browser page's world pays this for each pattern it reaches.
 */
import ts from 'typescript';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
const root = path.resolve(process.argv[2] ?? '.');
const files = [...readdirSync(`${root}/src/core`).filter((f) => f.endsWith('.ts')).map((f) => `src/core/${f}`), ...readdirSync(`${root}/src/core/notes`).map((f) => `src/core/notes/${f}`), 'src/content/prefilter.ts'];
const texts = ['According to a spokesperson for the country’s Ministry of Foreign Affairs, the National Cyber Security Centre (NCSC) said on Monday that hackers, believed to be linked to China, had breached the network.', 'Lo que dijo el ministro, según la agencia: «no hay pruebas», y the company declined to comment.'];
interface Row { file: string; line: number; src: string; us: number; us1: number }
const rows: Row[] = [];
let uniq = 0;
for (const f of files) {
  const code = readFileSync(`${root}/${f}`, 'utf8');
  const sf = ts.createSourceFile(f, code, ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf);
      const k = lit.lastIndexOf('/');
      const body = lit.slice(1, k);
      const flags = lit.slice(k + 1).replace(/[gy]/g, '');
      const line = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
      let best = Infinity, best1 = Infinity;
      for (let r = 0; r < 3; r++) {
        const s = `(?:${body})|\\uFFFF{${1000 + uniq++}}`;
        const t0 = process.hrtime.bigint();
        let re: RegExp;
        try { re = new RegExp(s, flags); } catch { return; }
        for (const t of texts) re.exec(t);
        const t1 = process.hrtime.bigint();
        for (const t of texts) re.exec(t);
        for (const t of texts) re.exec(t);
        const t2 = process.hrtime.bigint();
        best1 = Math.min(best1, Number(t1 - t0) / 1000);
        best = Math.min(best, Number(t2 - t0) / 1000);
      }
      rows.push({ file: f, line, src: lit.length > 90 ? lit.slice(0, 90) + '…' : lit, us: best, us1: best1 });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
rows.sort((a, b) => b.us - a.us);
const tot = rows.reduce((a, r) => a + r.us, 0);
console.log(`${rows.length} literals, total cold ${(tot / 1000).toFixed(1)} ms (min of 3)`);
for (const r of rows.slice(0, Number(process.env.TOP ?? 40))) console.log(`${(r.us / 1000).toFixed(2).padStart(7)} ms (first exec ${(r.us1 / 1000).toFixed(2)})  ${r.file}:${r.line}  ${r.src}`);
