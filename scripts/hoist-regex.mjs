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
 * Plain JavaScript so that bin/credence.mjs (the CLI's own build) can use it without a TypeScript loader.
 */
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Files the plugin rewrites: the core, which the content script, the analyzer scripts, the CLI and the bench bundle. */
export const HOIST_FILTER = /[\\/]src[\\/]core[\\/].+\.ts$/;

const PREFIX = '__credenceRe';

/**
 * `source` with its in-function regex literals (without g or y) replaced by constants declared at the top of the
 * module; the same literal text shares one constant. Returns the source unchanged when there is none.
 */
export function hoistRegexLiterals(source, fileName = 'module.ts') {
  if (source.includes(PREFIX)) throw new Error(`${fileName}: already uses the reserved name ${PREFIX}`);
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
  if (found.length === 0) return source;
  const names = new Map();
  for (const f of found) if (!names.has(f.text)) names.set(f.text, `${PREFIX}${names.size}`);
  let out = source;
  for (const f of [...found].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + names.get(f.text) + out.slice(f.end);
  // At the very top: imports are hoisted whatever their place, and every other statement then runs after the constants.
  const decls = [...names].map(([text, name]) => `const ${name} = ${text};`).join('\n');
  return `${decls}\n${out}`;
}

/** The plugin; transformed sources are cached by path and modification time (a build runs several passes over the core). */
export function hoistRegexPlugin(filter = HOIST_FILTER) {
  const cache = new Map();
  return {
    name: 'credence-hoist-regex',
    setup(build) {
      build.onLoad({ filter, namespace: 'file' }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const hit = cache.get(args.path);
        if (hit && hit.source === source) return { contents: hit.contents, loader: 'ts' };
        const contents = hoistRegexLiterals(source, args.path);
        cache.set(args.path, { source, contents });
        return { contents, loader: 'ts' };
      });
    },
  };
}
