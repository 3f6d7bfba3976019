/**
 * The content script's source directory: the slim bundled one with the
 * reader's custom labels layered on top. A custom label whose id equals a
 * bundled id replaces that entry everywhere (by domain, by name, in names
 * found in text); other custom labels add to it. Labels from custom entries
 * carry `custom: true` so the background hydrates them from settings.
 * (src/sources/custom.ts will provide mergeCustom; until then this layer.)
 */
import type { NameHit, SourceDirectory } from '../core/directory';
import type { SourceLabel } from '../core/report';
import { createDirectory } from '../sources/directory';
import { contentDirectory } from '../sources/compact';
import type { SourceEntry } from '../sources/schema';

export function layeredDirectory(custom: SourceEntry[]): SourceDirectory {
  const base = contentDirectory([]);
  if (!custom.length) return base;
  const mine = createDirectory(custom, base.version);
  const byId = new Map<string, SourceLabel>();
  for (const e of custom) {
    const l = mine.byName(e.name);
    if (l) byId.set(e.id, l);
  }
  const mark = (l: SourceLabel | null): SourceLabel | null => (l ? { ...l, custom: true } : null);
  const swap = (l: SourceLabel | null): SourceLabel | null => (l && byId.has(l.id) ? mark(byId.get(l.id)!) : l);
  return {
    version: base.version,
    byUrl: (url) => mark(mine.byUrl(url)) ?? swap(base.byUrl(url)),
    byName: (name) => mark(mine.byName(name)) ?? swap(base.byName(name)),
    findNames(text) {
      const own = mine.findNames(text).map((h) => ({ ...h, label: mark(h.label)! }));
      const out: NameHit[] = [...own];
      for (const h of base.findNames(text)) {
        if (own.some((o) => h.start < o.end && o.start < h.end)) continue;
        out.push({ ...h, label: swap(h.label)! });
      }
      return out.sort((a, b) => a.start - b.start);
    },
    ...(base.kindOf ? { kindOf: base.kindOf.bind(base) } : {}),
  };
}
