import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { firstLook } from '../../src/core/index';

/**
 * Table test over pages written for this purpose (tests/fixtures/detect/):
 * security articles in different site layouts and languages, and pages that
 * must not be called security news (or not articles at all).
 */
const DIR = path.resolve(__dirname, '../fixtures/detect');

interface Row {
  file: string;
  isArticle: boolean;
  isSecurityNews: boolean;
  title?: string;
  siteName?: string;
  byline?: string | null;
  published?: string | null;
}

const TABLE: Row[] = [
  { file: 'sec-wordpress-ransomware.html', isArticle: true, isSecurityNews: true, title: 'Regional hospital group hit by ransomware, patient systems taken offline', siteName: 'Northgate Review', byline: 'Priya Raman', published: '2025-03-04T08:15:00.000Z' },
  { file: 'sec-portal-cve.html', isArticle: true, isSecurityNews: true, title: 'Attackers exploit firewall flaw CVE-2025-0199 days before a patch', siteName: 'The Daily Ledger', byline: 'Tom Becker, Ana Silva', published: '2025-01-21T16:40:00.000Z' },
  { file: 'sec-blogger-phishing.html', isArticle: true, isSecurityNews: true, title: 'Fake invoice emails push a new remote access trojan to accountants', siteName: 'Threat Desk Notes', byline: 'Lena Hart', published: '2024-11-12T10:05:00.000Z' },
  { file: 'sec-de-cyberangriff.html', isArticle: true, isSecurityNews: true, title: 'Cyberangriff auf Stadtwerke: Hacker verschlüsseln Abrechnungsserver', siteName: 'Rheinland Kurier', byline: 'Jana Keller', published: '2025-02-11T13:20:00.000Z' },
  { file: 'sec-zh-ransomware.html', isArticle: true, isSecurityNews: true, title: '某市政务服务平台遭勒索软件攻击 部分数据或已泄露', siteName: '东方科技观察', byline: '李明', published: '2025-05-20T01:30:00.000Z' },
  { file: 'sec-wire-espionage.html', isArticle: true, isSecurityNews: true, title: 'US says state-backed hackers hid in water utilities for months', siteName: 'Meridian Wire', byline: 'David Okoro', published: '2025-06-02T13:05:00.000Z' },
  { file: 'neg-phone-launch.html', isArticle: true, isSecurityNews: false, title: 'The Pixelfold 3 is lighter, brighter and finally has a proper zoom lens', siteName: 'Gadget Current', byline: 'Rosa Lindqvist', published: '2025-09-10T18:00:00.000Z' },
  { file: 'neg-cybercook-recipe.html', isArticle: true, isSecurityNews: false, title: 'Smoky red lentil stew with crispy onions', siteName: 'CyberCook', byline: 'Marta Quill' },
  { file: 'neg-vpn-sales.html', isArticle: false, isSecurityNews: false, siteName: 'ShieldLine' },
  { file: 'neg-game-guide.html', isArticle: true, isSecurityNews: false, siteName: 'Questline Guides', byline: 'Kai Moreno', published: '2025-04-18T12:00:00.000Z' },
  { file: 'neg-sports-breach.html', isArticle: true, isSecurityNews: false, title: 'Harbour City breach stubborn Rovers defence late to snatch derby win', siteName: 'Matchday Post', byline: 'Callum Ward', published: '2025-02-22T17:45:00.000Z' },
  { file: 'neg-film-review.html', isArticle: true, isSecurityNews: false, title: '‘Zero Signal’ review: a hacker thriller that forgets to thrill', siteName: 'Reel Notes', byline: 'Iris Calder', published: '2025-05-09' },
  { file: 'neg-politics-cyber.html', isArticle: true, isSecurityNews: false, title: 'Parliament passes budget after all-night debate over hospital funding', siteName: 'Capital Times', byline: 'Helen Achebe', published: '2025-11-18T06:30:00.000Z' },
  { file: 'neg-home.html', isArticle: false, isSecurityNews: false, siteName: 'Kernel Watch', byline: null },
  { file: 'neg-tag-listing.html', isArticle: false, isSecurityNews: false, siteName: 'Kernel Watch', byline: null },
  { file: 'neg-search.html', isArticle: false, isSecurityNews: false, siteName: 'The Daily Ledger' },
  { file: 'neg-forum-index.html', isArticle: false, isSecurityNews: false, siteName: 'Home Network Help' },
  { file: 'neg-product-laptop.html', isArticle: false, isSecurityNews: false, siteName: 'Brightstore', byline: null },
];

function linkedomDoc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function happyDoc(html: string): Document {
  const w = new Window();
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

for (const [name, parse] of [
  ['linkedom', linkedomDoc],
  ['happy-dom', happyDoc],
] as const) {
  describe(`detection table (${name})`, () => {
    for (const row of TABLE) {
      it(row.file, () => {
        const doc = parse(readFileSync(path.join(DIR, row.file), 'utf8'));
        const look = firstLook(doc, {});
        expect(look.isArticle, 'isArticle').toBe(row.isArticle);
        expect(look.isSecurityNews, 'isSecurityNews').toBe(row.isSecurityNews);
        const m = look.facts.meta;
        if (row.title !== undefined) expect(m.title).toBe(row.title);
        if (row.siteName !== undefined) expect(m.siteName).toBe(row.siteName);
        if (row.byline !== undefined) expect(m.byline).toBe(row.byline);
        if (row.published !== undefined) expect(m.published).toBe(row.published);
        expect(look.score).toBeGreaterThanOrEqual(0);
        expect(look.score).toBeLessThanOrEqual(1);
        expect(look.reasons.length).toBeLessThanOrEqual(4);
        if (row.isSecurityNews) {
          expect(look.score).toBeGreaterThanOrEqual(0.5);
          expect(look.reasons[0]).toMatch(/^Mentions .+ in the (?:headline|lead|headline and lead|article)$/);
        }
      });
    }
  });
}

describe('reasons read well', () => {
  it('names the CVE and the headline/lead position', () => {
    const look = firstLook(linkedomDoc(readFileSync(path.join(DIR, 'sec-portal-cve.html'), 'utf8')), {});
    expect(look.reasons[0]).toBe('Mentions CVE-2025-0199 in the headline and lead');
  });
  it('explains why a listing is not an article', () => {
    const look = firstLook(linkedomDoc(readFileSync(path.join(DIR, 'neg-tag-listing.html'), 'utf8')), {});
    expect(look.reasons).toEqual(['This page lists many articles (a section, tag or archive page)']);
  });
  it('an article that only touches on security says so instead of listing words', () => {
    const look = firstLook(linkedomDoc(readFileSync(path.join(DIR, 'neg-film-review.html'), 'utf8')), {});
    expect(look.reasons).toEqual(['Security is mentioned, but it is not the main subject']);
    const plain = firstLook(linkedomDoc(readFileSync(path.join(DIR, 'neg-cybercook-recipe.html'), 'utf8')), {});
    expect(plain.reasons).toEqual([]);
  });
  it('declared section and tags appear as reasons', () => {
    const look = firstLook(linkedomDoc(readFileSync(path.join(DIR, 'sec-wordpress-ransomware.html'), 'utf8')), {});
    expect(look.reasons).toContain('Declared section: Cybersecurity');
    expect(look.reasons.some((r) => r.startsWith('Tagged ransomware'))).toBe(true);
  });
});
