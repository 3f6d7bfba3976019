/**
 * intl8: the non-English cue pass is a registry (src/core/intl-cues.ts), so
 * the extension can load its tables only for pages that need them. The core's
 * Node entry always registers it; without it a non-English page gets the
 * English pass alone, and analyzeSteps asks for it (NEED_INTL) exactly when
 * the page is not in English.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { analyze, analyzeFrom, analyzeSteps, firstLook, NEED_INTL } from '../../src/core/index';
import { intlCues, registerIntlCues, type IntlCues } from '../../src/core/intl-cues';
import { findIntlAttributions, findIntlHedges } from '../../src/core/cues-intl';
import { findAttributions } from '../../src/core/attribution';
import { findHedges } from '../../src/core/hedges';
import type { Sentence } from '../../src/core/sentences';
import { emptyDirectory } from '../../src/core/directory';

const FULL: IntlCues = { findAttributions: findIntlAttributions, findHedges: findIntlHedges };
afterEach(() => registerIntlCues(FULL));

const para = (t: string): string => `<p>${t}</p>`;
// Our own sentences: a German security story with German cues and a hedge.
const DE = [
  'Laut dem Bundesamt für Sicherheit in der Informationstechnik haben die Angreifer eine Lücke in der Software der Stadtwerke ausgenutzt.',
  'Die Täter sollen dabei auch Daten von Kunden kopiert haben, sagte ein Sprecher der Stadtwerke am Dienstag.',
  'Die Schadsoftware wurde angeblich über eine gefälschte E-Mail mit einem Anhang verteilt, die an die Mitarbeiter der Verwaltung ging.',
  'Nach Angaben der Polizei ist der Betrieb der Netze nicht betroffen, und die Ermittlungen wegen des Cyberangriffs dauern an.',
  'Der Angriff mit der Ransomware wurde in der Nacht auf Montag entdeckt, und die Systeme sind seitdem vom Netz getrennt.',
];
const EN = [
  'According to the national cyber agency, the attackers exploited a flaw in the utility’s billing software.',
  'The intruders allegedly copied customer records, a spokesperson for the utility said on Tuesday.',
  'The ransomware attack was discovered overnight, and the systems have been offline since then.',
];
const page = (lang: string, ps: string[]): string =>
  `<!doctype html><html lang="${lang}"><head><title>Cyberangriff auf Stadtwerke</title><meta property="og:type" content="article"></head><body><article><h1>Cyberangriff auf Stadtwerke: Ransomware legt Systeme lahm</h1>${ps.map(para).join('')}</article></body></html>`;
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const sents = (ts: string[]): Sentence[] => ts.map((text, i) => ({ text, block: i, blockKind: 'paragraph' }));
const ctx = { db: emptyDirectory, acronyms: [], publisher: null };

/** The values analyzeSteps yields, and its report. */
function drain(html: string, onNeed?: () => void): { asked: number; report: ReturnType<typeof analyzeFrom> } {
  const look = firstLook(doc(html), { force: true, url: 'https://news.example/a' });
  const it = analyzeSteps(look, { force: true, url: 'https://news.example/a' });
  let asked = 0;
  for (;;) {
    const r = it.next();
    if (r.done) return { asked, report: r.value };
    if (r.value === NEED_INTL) {
      asked++;
      onNeed?.();
    }
  }
}

describe('the intl registry', () => {
  it('is filled by the core entry in Node', () => {
    expect(intlCues()).not.toBeNull();
  });

  it('without it, a German page gets the English pass alone: no German cue, no German hedge, no failure', () => {
    expect(findAttributions(sents(DE), ctx).map((a) => a.cue.toLowerCase())).toEqual(['laut', 'sagte', 'nach angaben']);
    expect(findHedges(sents(DE)).map((h) => h.cue)).toContain('angeblich');
    registerIntlCues(null);
    expect(findAttributions(sents(DE), ctx)).toEqual([]);
    expect(findHedges(sents(DE))).toEqual([]);
  });

  it('without it, an English page is analysed exactly as with it', () => {
    const a = JSON.stringify(analyze(doc(page('en', EN)), { force: true, url: 'https://news.example/a' }));
    registerIntlCues(null);
    expect(JSON.stringify(analyze(doc(page('en', EN)), { force: true, url: 'https://news.example/a' }))).toBe(a);
  });

  it('analyzeSteps asks for it on a German page when it is missing, and the report matches once it is given', () => {
    const full = drain(page('de', DE));
    expect(full.asked).toBe(0); // registered: nothing to ask
    registerIntlCues(null);
    const loaded = drain(page('de', DE), () => registerIntlCues(FULL));
    expect(loaded.asked).toBe(1);
    expect(JSON.stringify(loaded.report)).toBe(JSON.stringify(full.report));
    expect(full.report.attributions.length).toBeGreaterThan(0);
  });

  it('analyzeSteps goes on without it when the caller cannot load it (fewer findings, a report all the same)', () => {
    registerIntlCues(null);
    const r = drain(page('de', DE));
    expect(r.asked).toBe(1);
    expect(r.report.hedges.map((h) => h.cue)).not.toContain('angeblich');
  });

  it('analyzeSteps never asks for it on an English page', () => {
    registerIntlCues(null);
    expect(drain(page('en', EN)).asked).toBe(0);
  });
});
