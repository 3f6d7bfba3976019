/**
 * An esbuild plugin for the analysis core: every regex literal written inside a function becomes a module-level
 * constant in the bundles (the source keeps each pattern where it is read).
 *
 * Why: V8 keeps a function's regex literals in the function's feedback, and drops that feedback with the
 * function's bytecode when the function has not run for a few major GCs. The next call then parses and compiles
 * the pattern again, and the core's patterns are costly to compile (a case-insensitive word list or a
 * `\p{L}` class under /u takes 1–20 ms cold, against microseconds to run). A process that analyses page after
 * page (the CLI, the bench's protocol of a full GC before each page) paid that again and again for every rule a
 * page reaches only now and then. A constant of the module lives as long as the script and keeps its compiled
 * code. Literals with the g or y flag stay where they are: they carry `lastIndex`, and each evaluation must start
 * with a fresh one.
 *
 * A literal text written in more than one file of the core (`/\s+/` in fourteen) becomes one constant of a shared
 * module instead of one per file (perf12): a bundle carries it once, and a browser page's world compiles it once.
 * Sharing is safe for these: without g or y a pattern keeps no state between uses.
 *
 * Plain JavaScript so that bin/credence.mjs (the CLI's own build) can use it without a TypeScript loader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/** Files the plugin rewrites: the core, which the content script, the analyzer scripts, the CLI and the bench bundle. */
export const HOIST_FILTER = /[\\/]src[\\/]core[\\/].+\.ts$/;

const PREFIX = '__credenceRe';
/** The import the shared constants come from: a module of the plugin's own, one copy per bundle that uses it. */
export const SHARED_MODULE = 'credence:shared-regex';

/** The in-function literal texts (without g or y) of one source, in order of appearance, with their places. */
function inFunctionLiterals(source, fileName) {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found = [];
  const visit = (node, inFunction) => {
    const inside = inFunction || ts.isFunctionLike(node);
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && inFunction) {
      const text = node.getText(sf);
      const flags = text.slice(text.lastIndexOf('/') + 1);
      if (!flags.includes('g') && !flags.includes('y')) found.push({ start: node.getStart(sf), end: node.getEnd(), text });
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(sf, false);
  return found;
}

/** Literal texts that more than one of `sources` (`[fileName, source]` pairs) writes inside a function: text → constant name. */
export function sharedRegexTexts(sources) {
  const files = new Map();
  for (const [fileName, source] of sources) for (const text of new Set(inFunctionLiterals(source, fileName).map((f) => f.text))) files.set(text, (files.get(text) ?? 0) + 1);
  const shared = new Map();
  for (const [text, n] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) if (n > 1) shared.set(text, `${PREFIX}S${shared.size}`);
  return shared;
}

/**
 * `source` with its in-function regex literals (without g or y) replaced by constants declared at the top of the
 * module; the same literal text shares one constant, and a text of `shared` (`sharedRegexTexts`) is imported from
 * SHARED_MODULE instead. Returns the source unchanged when there is none.
 */
export function hoistRegexLiterals(source, fileName = 'module.ts', shared = new Map()) {
  if (source.includes(PREFIX)) throw new Error(`${fileName}: already uses the reserved name ${PREFIX}`);
  const found = inFunctionLiterals(source, fileName);
  if (found.length === 0) return source;
  const names = new Map();
  const imported = new Set();
  for (const f of found) {
    if (names.has(f.text)) continue;
    const name = shared.get(f.text);
    if (name) imported.add(name), names.set(f.text, name);
    else names.set(f.text, `${PREFIX}${names.size - imported.size}`);
  }
  let out = source;
  for (const f of [...found].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + names.get(f.text) + out.slice(f.end);
  // At the very top: imports are hoisted whatever their place, and every other statement then runs after the constants.
  const decls = [...names].filter(([, name]) => !imported.has(name)).map(([text, name]) => `const ${name} = ${text};`);
  if (imported.size) decls.unshift(`import { ${[...imported].join(', ')} } from '${SHARED_MODULE}';`);
  return `${decls.join('\n')}\n${out}`;
}

/** The `.ts` files under `dir`, as `[path, source]` pairs. */
function readTree(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...readTree(p));
    else if (e.name.endsWith('.ts')) out.push([p, readFileSync(p, 'utf8')]);
  }
  return out;
}

/** The plugin; transformed sources are cached by path and modification time (a build runs several passes over the core). */
export function hoistRegexPlugin(filter = HOIST_FILTER) {
  const cache = new Map();
  return {
    name: 'credence-hoist-regex',
    setup(build) {
      // The shared texts of the core the files belong to: the tree read once per build, its texts found again only
      // when a file changed (a build runs several passes over the core).
      let shared = new Map();
      let sharedKey = '';
      let fresh = false;
      const sharedFor = (file) => {
        const at = file.replace(/\\/g, '/').lastIndexOf('/src/core/');
        if (fresh || at < 0) return shared;
        fresh = true;
        const tree = readTree(file.slice(0, at + '/src/core'.length));
        const key = tree.map(([p, src]) => `${p}\0${src}`).join('\0');
        if (key !== sharedKey) (sharedKey = key), (shared = sharedRegexTexts(tree));
        return shared;
      };
      build.onStart(() => {
        fresh = false;
      });
      build.onResolve({ filter: /^credence:shared-regex$/ }, () => ({ path: 'shared-regex', namespace: 'credence-regex' }));
      build.onLoad({ filter: /.*/, namespace: 'credence-regex' }, () => ({
        contents: [...shared].map(([text, name]) => `export const ${name} = ${text};`).join('\n'),
        loader: 'js',
      }));
      build.onLoad({ filter, namespace: 'file' }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const texts = sharedFor(args.path);
        const hit = cache.get(args.path);
        if (hit && hit.source === source && hit.texts === texts) return { contents: hit.contents, loader: 'ts' };
        const contents = hoistRegexLiterals(source, args.path, texts);
        cache.set(args.path, { source, contents, texts });
        return { contents, loader: 'ts' };
      });
    },
  };
}
