/** Runs the breadth5 bank (tests/unit/breadth5-bank.ts) through the real pipeline: pages built here, analysed with linkedom. */
import { parseHTML } from 'linkedom';
import { analyze } from '../../../src/core/index';
import { buildNotes } from '../../../src/core/notes';
import { findHedges } from '../../../src/core/hedges';
import { splitSentences } from '../../../src/core/sentences';
import type { Disclaimer, Hedge, NoteId } from '../../../src/core/report';
import { DISCLAIMERS, DISCLAIMER_NEGATIVES, HEDGES, HEDGE_NEGATIVES, NOTE_SITUATIONS, type DisclaimerCase, type HedgeCase, type NegativeCase } from '../breadth5-bank';

/** A plain security story in our own words: no disclaimer, no hedge. */
const STORY = [
  'A ransomware gang broke into the network of Harlow Freight, a regional logistics company, on Sunday night and encrypted its booking servers.',
  'The company shut down its customer portal on Monday morning and told drivers to use paper forms while engineers rebuilt the systems.',
  'Chief executive Mara Lind said the firm had called in an incident response team and informed the national data protection regulator.',
  'The intruders entered through a remote access server that had not received a security update released in January, the response team found.',
  'Harlow Freight said it had restored the booking system from backups by Wednesday and would not pay the ransom.',
  'The regulator confirmed it had received a breach report and said it was in contact with the company.',
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Slots { top?: string; afterTitle?: string; middle?: string; last?: string; end?: string; footer?: string; lastParagraphTail?: string; meta?: string }

export function page(s: Slots): string {
  const paras = STORY.map((p, i) => `<p>${esc(p)}${i === STORY.length - 1 && s.lastParagraphTail ? ' ' + esc(s.lastParagraphTail) : ''}</p>`);
  if (s.middle) paras.splice(3, 0, s.middle);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ransomware attack halts bookings at Harlow Freight | Ledgerline</title>
<link rel="canonical" href="https://ledgerline.example/news/harlow-freight-ransomware"><meta property="og:site_name" content="Ledgerline"></head>
<body>${s.top ?? ''}<header class="site-header"><a href="/">Ledgerline</a><nav><a href="/news">News</a> <a href="/security">Security</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>Ransomware attack halts bookings at Harlow Freight</h1>
<p class="meta">By Sam Okafor · <time datetime="2026-05-12T09:00:00Z">12 May 2026</time>${s.meta ? ' · ' + esc(s.meta) : ''}</p>
${s.afterTitle ?? ''}
${paras.join('\n')}
${s.last ?? ''}
</article>${s.end ?? ''}</main>
<footer class="site-footer"><p>${esc(s.footer ?? '© 2026 Ledgerline Media')}</p></footer></body></html>`;
}

export function disclaimerPage(c: DisclaimerCase): string {
  const t = esc(c.text);
  const colon = c.text.indexOf(':');
  const labelled = colon > 0 && colon < 40 ? `<p><strong>${esc(c.text.slice(0, colon + 1))}</strong>${esc(c.text.slice(colon + 1))}</p>` : `<p><strong>${t}</strong></p>`;
  switch (c.place) {
    case 'last-p': return page({ last: `<p>${t}</p>` });
    case 'first-p': return page({ afterTitle: `<p>${t}</p>` });
    case 'italic': return page({ last: `<p><em>${t}</em></p>` });
    case 'italic-top': return page({ afterTitle: `<p><em>${t}</em></p>` });
    case 'small': return page({ last: `<p><small>${t}</small></p>` });
    case 'aside': return page({ last: `<aside><p>${t}</p></aside>` });
    case 'box': return page({ last: `<div class="note-box"><p>${t}</p></div>` });
    case 'label': return page({ last: labelled });
    case 'label-top': return page({ afterTitle: labelled });
    case 'inside-last': return page({ lastParagraphTail: c.text });
    case 'hr-end': return page({ last: `<hr><p>${t}</p>` });
  }
}

export function negativePage(c: NegativeCase): string {
  const t = esc(c.text);
  switch (c.place) {
    case 'footer': return page({ footer: c.text });
    case 'cookie': return page({ top: `<div class="cookie-banner"><p>${t}</p><button>Accept</button></div>` });
    case 'meta': return page({ meta: c.text });
    case 'story': return page({ middle: `<p>${t}</p>` });
    case 'newsletter': return page({ last: `<div class="newsletter-signup"><p>${t}</p><form><input type="email"><button>Subscribe</button></form></div>` });
    case 'related': return page({ end: `<section class="related"><h2>Related</h2><ul><li><a href="/opinion/ransom-ban">${t}</a></li><li><a href="/news/other">Hospital outage enters second week</a></li></ul></section>` });
    case 'caption': return page({ middle: `<figure><img src="/img/depot.jpg" alt="A freight depot"><figcaption>${t}</figcaption></figure>` });
    case 'bio': return page({ end: `<div class="author-bio"><p>${t}</p></div>` });
  }
}

const norm = (s: string): string => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export function disclaimersOf(html: string): Disclaimer[] {
  const { document } = parseHTML(html);
  return analyze(document as unknown as Document, { force: true, url: 'https://ledgerline.example/news/harlow-freight-ransomware' }).disclaimers;
}

export interface DisclaimerResult { id: string; kind: string; found: boolean; got: Disclaimer[] }

export function runDisclaimers(cases: DisclaimerCase[] = DISCLAIMERS): DisclaimerResult[] {
  return cases.map((c) => {
    const got = disclaimersOf(disclaimerPage(c));
    const found = got.some((d) => c.kind.includes(d.kind) && norm(d.text).includes(norm(c.contains)));
    return { id: c.id, kind: c.kind[0] ?? 'other', found, got };
  });
}

export function runNegatives(cases: NegativeCase[] = DISCLAIMER_NEGATIVES): { id: string; got: Disclaimer[] }[] {
  return cases.map((c) => ({ id: c.id, got: disclaimersOf(negativePage(c)) }));
}

/** The scorer's cue match: equal, or the shorter (≥ 3 chars) inside the longer on word boundaries. */
export function cueMatch(a: string, b: string): boolean {
  const x = norm(a), y = norm(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [sh, lo] = x.length <= y.length ? [x, y] : [y, x];
  return sh.length >= 3 && (' ' + lo + ' ').includes(' ' + sh + ' ');
}

/**
 * Two plain sentences of context in the case's language: hedges are read per page language (a page of
 * German gets German cues), and one sentence is too little to tell the language, where a real page is not.
 */
const CONTEXT: Record<string, string> = {
  es: 'La empresa de logística informó del incidente a las autoridades el lunes por la mañana. Los sistemas de la compañía estuvieron fuera de servicio durante tres días y los clientes no podían hacer reservas.',
  de: 'Das Logistikunternehmen meldete den Vorfall am Montag den Behörden. Die Systeme der Firma waren drei Tage lang nicht erreichbar, und die Kunden konnten keine Buchungen vornehmen.',
  fr: "L'entreprise de logistique a signalé l'incident aux autorités lundi matin. Les systèmes de la société sont restés hors service pendant trois jours et les clients ne pouvaient pas réserver. La direction a indiqué que les données des clients étaient en cours d'analyse par des experts.",
};

/** Hedges of one sentence (with context sentences first for a case id marked -es-, -de- or -fr-); only the case's own sentence counts. */
export function hedgesOf(sentence: string, id = ''): Hedge[] {
  const lang = /(?:^|-)hn?-(es|de|fr)-/.exec(id)?.[1];
  const blocks = [{ kind: 'paragraph' as const, text: lang ? `${CONTEXT[lang]} ${sentence}` : sentence, links: [] }];
  return findHedges(splitSentences(blocks)).filter((h) => h.sentence === sentence || sentence.includes(h.sentence));
}

export function runHedges(cases: HedgeCase[] = HEDGES): { id: string; kind: string; found: boolean; kindOk: boolean; got: Hedge[] }[] {
  return cases.map((c) => {
    const got = hedgesOf(c.sentence, c.id);
    const hit = got.filter((h) => c.cues.some((k) => cueMatch(k, h.cue)));
    return { id: c.id, kind: c.kind, found: hit.length > 0, kindOk: hit.some((h) => h.kind === c.kind), got };
  });
}

export function runHedgeNegatives(cases: { id: string; sentence: string }[] = HEDGE_NEGATIVES): { id: string; got: Hedge[] }[] {
  return cases.map((c) => ({ id: c.id, got: hedgesOf(c.sentence, c.id) }));
}

export function runNotes(): { id: string; ok: boolean; missing: NoteId[]; unwanted: NoteId[] }[] {
  return NOTE_SITUATIONS.map((s) => {
    const ids = new Set(buildNotes(s.build()).map((n) => n.id));
    const missing = s.expect.filter((i) => !ids.has(i));
    const unwanted = s.absent.filter((i) => ids.has(i));
    return { id: s.id, ok: !missing.length && !unwanted.length, missing, unwanted };
  });
}
