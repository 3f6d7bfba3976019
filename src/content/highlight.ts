/**
 * Find a report sentence in the live page and highlight it without touching
 * the page's DOM: CSS Custom Highlight API (`CSS.highlights`) styled by a
 * constructable stylesheet in `adoptedStyleSheets`. Where Highlight is
 * missing, fall back to the Selection API. Text is matched across text nodes
 * with whitespace and quote styles normalised; work is bounded.
 */
const NAME = 'credence-highlight';
const MAX_CHARS = 3_000_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg', 'SVG']);

function norm(ch: string): string {
  if (/\s/.test(ch)) return ' ';
  if (ch === '\u2018' || ch === '\u2019' || ch === '\u201B' || ch === '`') return "'";
  if (ch === '\u201C' || ch === '\u201D' || ch === '\u201E') return '"';
  if (ch === '\u2013' || ch === '\u2014') return '-';
  return ch.toLowerCase();
}

/** Normalise a needle the same way the page text is. */
export function normaliseNeedle(s: string): string {
  let out = '';
  for (const ch of s) {
    const n = norm(ch);
    if (n === ' ' && (out.endsWith(' ') || out === '')) continue;
    out += n;
  }
  return out.trim();
}

/** Find `sentence` in `root`'s text; returns a Range over the live nodes, or null. */
export function findSentence(doc: Document, sentence: string, root: Node | null = doc.body): Range | null {
  if (!root) return null;
  const needle = normaliseNeedle(sentence);
  if (!needle) return null;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  // For each normalised char: which node and offset it came from.
  const nodeOf: number[] = [];
  const offOf: number[] = [];
  let text = '';
  let n: Node | null;
  while ((n = walker.nextNode()) && text.length < MAX_CHARS) {
    const parent = n.parentElement;
    if (parent && (SKIP.has(parent.tagName) || parent.closest('script,style,noscript,template'))) continue;
    const t = n as Text;
    const data = t.data;
    const idx = nodes.push(t) - 1;
    for (let i = 0; i < data.length; i++) {
      const c = norm(data[i]!);
      if (c === ' ' && (text.endsWith(' ') || text === '')) continue;
      text += c;
      nodeOf.push(idx);
      offOf.push(i);
    }
  }
  let at = text.indexOf(needle);
  let len = needle.length;
  if (at < 0 && needle.length > 60) {
    // The core may have joined blocks or trimmed differently: try the opening words.
    const head = needle.slice(0, 60);
    at = text.indexOf(head);
    len = head.length;
  }
  if (at < 0) return null;
  const end = at + len - 1;
  const range = doc.createRange();
  range.setStart(nodes[nodeOf[at]!]!, offOf[at]!);
  range.setEnd(nodes[nodeOf[end]!]!, offOf[end]! + 1);
  return range;
}

let sheet: CSSStyleSheet | null = null;

/** Style the highlight once; false when this context cannot adopt a stylesheet (then the Selection fallback is used). */
function ensureStyle(doc: Document): boolean {
  if (sheet) return true;
  try {
    const s = new CSSStyleSheet();
    s.replaceSync(`::highlight(${NAME}) { background-color: #ffd24d; color: #111; }`);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
    sheet = s;
    return true;
  } catch {
    return false;
  }
}

type HighlightCtor = new (...ranges: Range[]) => unknown;
interface HighlightRegistryLike {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(): { reg: HighlightRegistryLike; Ctor: HighlightCtor } | null {
  const g = globalThis as unknown as { CSS?: { highlights?: HighlightRegistryLike }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight ? { reg: g.CSS.highlights, Ctor: g.Highlight } : null;
}

/** Highlight a sentence and scroll to it. Returns whether it was found. */
export function highlightSentence(doc: Document, sentence: string): boolean {
  clearHighlight(doc);
  const range = findSentence(doc, sentence);
  if (!range) return false;
  const r = registry();
  if (r && ensureStyle(doc)) {
    r.reg.set(NAME, new r.Ctor(range));
    used = 'highlight';
  } else {
    used = 'selection';
    const sel = doc.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
  }
  const el = range.startContainer.parentElement;
  try {
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    el?.scrollIntoView();
  }
  return true;
}

export function clearHighlight(doc: Document): void {
  registry()?.reg.delete(NAME);
  if (used === 'selection') doc.getSelection()?.removeAllRanges();
  used = null;
}

let used: 'highlight' | 'selection' | null = null;
