import { countryOfWord } from './countries';
import { SHORTCUTS } from './gate';
import type { SourceDirectory } from './directory';
import type { Attribution, SourceLabel } from './report';
import type { Sentence } from './sentences';
import { isPersonName, isStateName } from './source-kind';
import type { Draft } from './attribution-types';
import { lastWords } from './attribution-names';
import { add } from './attribution-drafts';
import { db, drafts, n, persons, publisher, reporters, sentences } from './attribution-page';

/**
 * "China accuses …", "Singapore warns …": a country that speaks is its government. It gets the directory's entry for
 * that government; a headline's (or subheading's) country with none gets the government body of that country that speaks in the
 * article ("Singapore warns …" over "Singapore's Cyber Security Agency said …").
 */
function stateSpeakers(drafts: Draft[], sentences: Sentence[], db: SourceDirectory): void {
  for (const d of drafts) {
    if (d.label || d.kind !== 'government' || !isStateName(d.source)) continue;
    const state = d.source.replace(/^the\s+/i, '');
    d.label = db.byName(`Government of ${state}`) ?? db.byName(`${state}'s government`) ?? db.byName(`${state} government`);
    const kind = sentences[d.sentence]!.blockKind;
    if (d.label || (kind !== 'title' && kind !== 'heading')) continue;
    const cc = countryOfWord(state.toLowerCase());
    const body = cc ? drafts.find((o) => o.label && o.label.country === cc && o.label.affiliation === 'government' && o.kind === 'government') : undefined;
    if (body) d.label = body.label;
  }
}

/**
 * Attribution's passes over the whole page once every sentence is read: a headline opened by a quoted person's name,
 * names made outlets by their own reports, countries that speak as their governments, then the drafts in reading
 * order with their relays, and the relay of an article whose basis is a cited outlet's report.
 */
export function finish(): Attribution[] {
  // "Pence: Gennifer Flowers won't be …": a headline opened by the name of a person the article quotes.
  for (let si = 0; si < Math.min(n, 3); si++) {
    const sent = sentences[si]!;
    if (sent.blockKind !== 'title') continue;
    const m = /^((?:[A-Z][\p{L}’'-]+\s+){0,2}[A-Z][\p{L}’'-]+):\s/u.exec(sent.text.slice(0, 60));
    if (!m) continue;
    const last = m[1]!.split(/\s+/).pop()!;
    const full = persons.get(last)?.name ?? m[1]!;
    if (!drafts.some((d) => d.sentence !== si && (d.source === full || d.source.startsWith(`${full} (`)) && (isPersonName(lastWords(d.source, 2)) || d.kind === 'person'))) continue;
    add({ source: m[1]!, kind: null }, ':', si, 0);
  }
  // left9: a name made an outlet by its own report is that outlet wherever else it is a source ("Byteline reports a casino hack").
  if (reporters.size) for (const d of drafts) if (d.kind === 'company' && !d.label && reporters.has(d.source)) d.kind = 'outlet';
  stateSpeakers(drafts, sentences, db);
  // perf-text10: no drafts, nothing to order or relay. (An empty list reached the sorting, mapping and relay code
  // below as an array of another elements kind than a list of drafts: the code optimised for one was thrown away
  // on the other, again and again over a long run.)
  if (!drafts.length && !SHORTCUTS.off) return [];
  // Sort drafts into reading order (sentence, then position), remapping via.
  const order = drafts.map((_, i) => i).sort((a, b) => drafts[a]!.sentence - drafts[b]!.sentence || drafts[a]!.pos - drafts[b]!.pos);
  const newIndex = new Map<number, number>();
  order.forEach((old, i) => newIndex.set(old, i));
  const out: Attribution[] = order.map((i) => {
    const d = drafts[i]!;
    return { source: d.source, sourceKind: d.kind, cue: d.cue, sentence: sentences[d.sentence]!.text, label: d.label, via: d.via === null ? null : (newIndex.get(d.via) ?? null) };
  });
  const sentOf = order.map((i) => drafts[i]!.sentence);
  applyDocumentRelay(out, sentOf, n, publisher);
  return out;
}

/**
 * An article whose main claims reach the reader through a cited outlet's
 * report ("According to a report by the Global Times, …" near the top): the
 * government statements it carries are relayed via that outlet.
 */
function applyDocumentRelay(out: Attribution[], sentOf: number[], nSentences: number, publisher: SourceLabel | null): void {
  // The outlet must be cited in the headline or the first two sentences of the body.
  const early = Math.min(3, Math.max(1, nSentences));
  const relay = out.findIndex(
    (a, i) =>
      a.sourceKind === 'outlet' &&
      sentOf[i]! < early &&
      /^(?:according to|citing|reported|reports|as reported by|reported by|first reported by)$/i.test(a.cue) &&
      !(publisher && a.label && a.label.id === publisher.id),
  );
  if (relay < 0) return;
  // Only when the outlet is cited as the article's own basis: "according to a report by X" or "X reported" near the top.
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    if (i === relay || a.via !== null) continue;
    if (a.sourceKind === 'government') a.via = relay;
  }
}
