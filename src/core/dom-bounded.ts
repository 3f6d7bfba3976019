/**
 * Bounded reads of a subtree. `el.textContent` walks the whole subtree; called
 * for every paragraph of a page nested 20,000 levels deep (each paragraph
 * holding all the ones below it) that is quadratic. These helpers walk the
 * subtree iteratively (no recursion, so no stack overflow) and stop after
 * `maxNodes` nodes or once `maxChars` characters are collected.
 */

export interface TextStats {
  /** Characters of text seen (up to the bounds). */
  len: number;
  /** Of those, characters inside <a> elements. */
  linkLen: number;
  /** True when a bound stopped the walk before the end of the subtree. */
  cut: boolean;
}

/** Length of the subtree's text and of its link text, bounded. */
export function textStats(el: Node, maxNodes = 5_000, maxChars = 200_000): TextStats {
  let len = 0;
  let linkLen = 0;
  let nodes = 0;
  let inLink = 0;
  let cur: Node | null = el.firstChild;
  if (!cur) return { len: 0, linkLen: 0, cut: false };
  while (cur) {
    if (++nodes > maxNodes || len > maxChars) return { len, linkLen, cut: true };
    const t = cur.nodeType;
    if (t === 3 || t === 4) {
      const n = (cur.nodeValue ?? '').length;
      len += n;
      if (inLink) linkLen += n;
    } else if (t === 1 && cur.firstChild) {
      if ((cur as Element).tagName?.toUpperCase() === 'A') inLink++;
      cur = cur.firstChild;
      continue;
    }
    // Next node in document order, climbing out of finished elements.
    while (cur && !cur.nextSibling) {
      cur = cur.parentNode;
      if (!cur || cur === el) return { len, linkLen, cut: false };
      if (cur.nodeType === 1 && (cur as Element).tagName?.toUpperCase() === 'A') inLink--;
    }
    if (!cur) break;
    cur = cur.nextSibling;
  }
  return { len, linkLen, cut: false };
}

/**
 * The subtree's text (like textContent), bounded: at most about `maxChars`
 * chars from at most `maxNodes` nodes. `shared.nodes`, when given, is a budget
 * shared by many calls and is decreased by the nodes visited.
 */
export function boundedText(el: Node, maxNodes = 5_000, maxChars = 20_000, shared?: { nodes: number }): string {
  const parts: string[] = [];
  let len = 0;
  let nodes = 0;
  if (shared) maxNodes = Math.min(maxNodes, shared.nodes);
  let cur: Node | null = el.firstChild;
  while (cur) {
    if (++nodes > maxNodes || len > maxChars) break;
    const t = cur.nodeType;
    if (t === 3 || t === 4) {
      const v = cur.nodeValue ?? '';
      parts.push(v);
      len += v.length;
    } else if (t === 1 && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && !cur.nextSibling) {
      cur = cur.parentNode;
      if (!cur || cur === el) {
        cur = null;
        break;
      }
    }
    if (!cur) break;
    cur = cur.nextSibling;
  }
  if (shared) shared.nodes -= Math.min(nodes, maxNodes);
  return parts.join('');
}

/** Commas (ASCII, full-width and the ideographic comma) in `s`: the container scoring's measure of prose. */
export function countCommas(s: string): number {
  let commas = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) commas++;
  }
  return commas;
}

/**
 * `boundedText(el, maxNodes, maxChars)`'s length and `countCommas` of it, from
 * the same walk with the same bounds, without building the string (the
 * container search asks this of every paragraph).
 */
export function boundedTextCommas(el: Node, maxNodes = 5_000, maxChars = 20_000): { len: number; commas: number } {
  let len = 0;
  let commas = 0;
  let nodes = 0;
  let cur: Node | null = el.firstChild;
  while (cur) {
    if (++nodes > maxNodes || len > maxChars) break;
    const t = cur.nodeType;
    if (t === 3 || t === 4) {
      const v = cur.nodeValue ?? '';
      len += v.length;
      commas += countCommas(v);
    } else if (t === 1 && cur.firstChild) {
      cur = cur.firstChild;
      continue;
    }
    while (cur && !cur.nextSibling) {
      cur = cur.parentNode;
      if (!cur || cur === el) {
        cur = null;
        break;
      }
    }
    if (!cur) break;
    cur = cur.nextSibling;
  }
  return { len, commas };
}

/**
 * `el.textContent.length` without building the text: the summed length of its
 * Text and CDATA descendants (what textContent joins), read with a
 * TreeWalker. Under linkedom, textContent on a 200 KB article joined a new
 * string each time (~1.3 ms; the walk ~0.1 ms). Falls back to textContent
 * where there is no TreeWalker.
 */
export function textLength(el: Element): number {
  const doc = el.ownerDocument;
  if (!doc || typeof doc.createTreeWalker !== 'function') return (el.textContent ?? '').length;
  // NodeFilter.SHOW_TEXT | NodeFilter.SHOW_CDATA_SECTION (no NodeFilter global in the pure core).
  const w = doc.createTreeWalker(el, 4 | 8);
  let len = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) len += (n.nodeValue ?? '').length;
  return len;
}

/** The element after `el`'s subtree in document order, staying inside `root` (null at its end; `root` null: the whole document). */
export function nextAfterSubtree(el: Element, root: Element | null): Element | null {
  let cur: Element | null = el;
  while (cur && cur !== root) {
    const next: Element | null = cur.nextElementSibling;
    if (next) return next;
    cur = cur.parentElement;
  }
  return null;
}
