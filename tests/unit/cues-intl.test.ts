import { describe, expect, it } from 'vitest';
import { findAttributions } from '../../src/core/attribution';
import { detectCueLang, findIntlAttributions, findIntlHedges } from '../../src/core/cues-intl';
import type { SourceDirectory } from '../../src/core/directory';
import { findHedges } from '../../src/core/hedges';
import { splitSentences } from '../../src/core/sentences';

// All sentences below are written for this test; none come from a real or fixture page.
const db: SourceDirectory = { version: 'test', byUrl: () => null, byName: () => null, findNames: () => [] };
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const run = (text: string) => {
  const s = sents(text);
  return findAttributions(s, { db, acronyms: [], publisher: null });
};
const names = (text: string) => run(text).map((a) => a.source);

const DE_FILLER = 'Die Behörde hat in den vergangenen Wochen mehrere Fälle untersucht, die mit der Gruppe in Verbindung stehen und auf das Netz der Stadt zielten.';
const FR_FILLER = 'Les enquêteurs ont analysé les journaux de connexion et les serveurs de la société dans les jours qui ont suivi la découverte de la fuite.';
const ES_FILLER = 'Los investigadores analizaron los registros de los servidores de la empresa y las cuentas de correo que se usaron en la campaña del grupo.';

describe('language of the cues', () => {
  it('tells German, French, Spanish and English apart from the text', () => {
    expect(detectCueLang(sents(DE_FILLER + '\n' + DE_FILLER))).toBe('de');
    expect(detectCueLang(sents(FR_FILLER + '\n' + FR_FILLER))).toBe('fr');
    expect(detectCueLang(sents(ES_FILLER + '\n' + ES_FILLER))).toBe('es');
    expect(detectCueLang(sents('The agency said on Monday that the group was behind the attack on the water utility and that it had notified the owners.'))).toBe('en');
  });
  it('does not take Portuguese for Spanish', () => {
    const pt = 'A empresa não informou quantos clientes foram afetados pelo ataque, mas disse que também está a rever os sistemas das lojas e dos parceiros em todo o país.';
    // lang7: Portuguese now has cues of its own (it was 'en' before, so that no Spanish rule read it).
    expect(detectCueLang(sents(pt + '\n' + pt))).toBe('pt');
  });
  it('finds nothing for English through the international pass', () => {
    expect(findIntlAttributions(sents('Officials said so.'), 'en', { db, publisher: null })).toEqual([]);
  });
});

describe('German cues', () => {
  it('reads laut, nach Angaben, zufolge and wie … berichtet', () => {
    const got = names(`${DE_FILLER}\nLaut Polizei Hamburg wurden die Server am Montag abgeschaltet.\nNach Angaben der Firma Kessler Systems sind rund 4000 Kunden betroffen.\nFachleuten zufolge ist der Schaden noch nicht absehbar.\nWie die „Nordsee-Zeitung“ berichtet, liefen die Angriffe seit Wochen.`);
    expect(got).toContain('Polizei Hamburg');
    expect(got.some((n) => /Kessler Systems/.test(n))).toBe(true);
    expect(got).toContain('Fachleuten');
    expect(got.some((n) => /Nordsee-Zeitung/.test(n))).toBe(true);
  });
  it('reads a speech verb after a quote (subject follows) and before it (subject precedes)', () => {
    const got = names(`${DE_FILLER}\n„Wir haben die Lücke geschlossen“, sagte Firmenchef Jonas Brandt am Dienstag.\nEine Sprecherin des Landeskriminalamts erklärte, die Ermittlungen dauerten an.`);
    expect(got.some((n) => /Jonas Brandt/.test(n))).toBe(true);
    expect(got.some((n) => /Landeskriminalamts/.test(n))).toBe(true);
  });
  it('does not take "wie" without a reporting verb, nor a refusal to comment', () => {
    const got = names(`${DE_FILLER}\nWie die Angreifer hineinkamen, ist unklar.\nDie Stadtwerke wollten sich auf Anfrage nicht äußern.`);
    expect(got).toEqual([]);
  });
  it('reads hedges: mutmaßlich, angeblich, soll … haben', () => {
    const cues = findHedges(sents(`${DE_FILLER}\nDie mutmaßlich staatlichen Angreifer sollen Daten kopiert haben.\nEin angeblich geplanter Angriff wurde nicht bestätigt.`)).map((h) => h.cue);
    expect(cues).toContain('mutmaßlich');
    expect(cues).toContain('angeblich');
    expect(cues).toContain('sollen');
  });
  it('"soll" of plan or duty ("soll möglich sein") is not a hedge; reported past ("soll … gestohlen worden sein") is', () => {
    expect(findHedges(sents(`${DE_FILLER}\nKünftig soll es möglich sein, die Daten zu löschen.`)).map((h) => h.cue)).not.toContain('soll');
    expect(findHedges(sents(`${DE_FILLER}\nDabei soll auch der Quellcode gestohlen worden sein.`)).map((h) => h.cue)).toContain('soll');
  });
});

describe('French cues', () => {
  it('reads selon, d’après and inverted speech verbs with an appositive name', () => {
    const got = run(`${FR_FILLER}\nSelon la préfecture du Rhône, aucune donnée bancaire n'a été volée.\nD'après Ouest-Matin, les pirates ont exigé une rançon.\n« Nous avons tout coupé », a expliqué à la presse le maire de la commune, Paul Girard.\nSelon un proche du dossier, l'intrusion date de janvier.`);
    const n = got.map((a) => a.source);
    expect(n.some((x) => /préfecture du Rhône/.test(x))).toBe(true);
    expect(n).toContain('Ouest-Matin');
    expect(n).toContain('Paul Girard');
    expect(got.find((a) => /préfecture/.test(a.source))?.sourceKind).toBe('government');
  });
  it('reads a subject before "a revendiqué" and "a indiqué"', () => {
    const n = names(`${FR_FILLER}\nLe collectif Nuit Noire a revendiqué l'intrusion sur sa chaîne.\nLa société Valmont a indiqué que ses clients seraient prévenus.`);
    expect(n.some((x) => /Nuit Noire/.test(x))).toBe(true);
    expect(n.some((x) => /Valmont/.test(x))).toBe(true);
  });
  it('skips pronoun subjects', () => {
    expect(names(`${FR_FILLER}\nElle a précisé que le service restait fermé.`)).toEqual([]);
  });
  it('reads hedges: présumé, conditionnel, probablement', () => {
    const cues = findIntlHedges(sents(`${FR_FILLER}\nLe pirate présumé aurait agi seul et serait probablement basé à l'étranger.`), 'fr').map((h) => h.cue);
    expect(cues).toEqual(expect.arrayContaining(['présumé', 'aurait', 'serait', 'probablement']));
  });
});

describe('Spanish cues', () => {
  it('reads según and speech verbs in both orders', () => {
    const n = names(`${ES_FILLER}\nSegún la Policía Nacional, el grupo operaba desde 2024.\n«Ya hemos restaurado los sistemas», afirmó la portavoz de la empresa, Lucía Ortega.\nEl Ministerio del Interior informó que no hubo detenidos.`);
    expect(n.some((x) => /Policía Nacional/.test(x))).toBe(true);
    expect(n).toContain('Lucía Ortega');
    expect(n.some((x) => /Ministerio del Interior/.test(x))).toBe(true);
  });
  it('reads hedges: presuntamente, supuestamente, probablemente', () => {
    const cues = findHedges(sents(`${ES_FILLER}\nLos atacantes presuntamente robaron datos que supuestamente incluyen contraseñas y probablemente correos.`)).map((h) => h.cue);
    expect(cues).toEqual(expect.arrayContaining(['presuntamente', 'supuestamente', 'probablemente']));
  });
});

describe('robustness', () => {
  it('never throws and stays fast on a long German page', () => {
    const big = Array.from({ length: 1500 }, () => `${DE_FILLER} Laut ${'Amt '.repeat(30)} sagte „x“, zufolge wie`).join('\n');
    const t = Date.now();
    expect(() => run(big)).not.toThrow();
    expect(Date.now() - t).toBeLessThan(8000);
  });
});
