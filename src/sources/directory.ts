import { parse } from 'tldts';
import type { NameHit, SourceDirectory } from '../core/directory';
import type { SourceLabel } from '../core/report';
import type { SourceEntry } from './schema';

export function toLabel(e: SourceEntry): SourceLabel {
  return {
    id: e.id,
    name: e.name,
    country: e.country,
    affiliation: e.affiliation,
    owner: e.owner,
    basis: e.basis,
    kind: e.kind,
    asOf: e.asOf,
    ...(e.ownerIsSecurityVendor ? { ownerIsSecurityVendor: true } : {}),
    history: e.history,
    rsp: e.rsp ?? null,
  };
}

function normName(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}

/** Build a SourceDirectory over entries. */
export function createDirectory(entries: SourceEntry[], version: string): SourceDirectory {
  const byName = new Map<string, SourceEntry>();
  const byHost = new Map<string, SourceEntry>();
  for (const e of entries) {
    for (const n of [e.name, ...e.aliases]) byName.set(normName(n), e);
    for (const d of e.domains) byHost.set(d.toLowerCase(), e);
  }
  return {
    version,
    byUrl(url) {
      const p = parse(url);
      if (!p.hostname || !p.domain) return null;
      let host = p.hostname.toLowerCase();
      while (host.length >= p.domain.length) {
        const e = byHost.get(host);
        if (e) return toLabel(e);
        const dot = host.indexOf('.');
        if (dot < 0) break;
        host = host.slice(dot + 1);
      }
      return null;
    },
    byName(name) {
      const e = byName.get(normName(name));
      return e ? toLabel(e) : null;
    },
    findNames(text) {
      const hits: NameHit[] = [];
      for (const [n, e] of byName) {
        const i = text.toLowerCase().indexOf(n);
        if (i >= 0) hits.push({ start: i, end: i + n.length, text: text.slice(i, i + n.length), label: toLabel(e) });
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}
