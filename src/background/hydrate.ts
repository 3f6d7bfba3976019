/**
 * The content script works with slim labels (no basis, no history) to stay
 * small; before a report is stored for the popup, every label is swapped for
 * the full one: the reader's custom entry when the label came from custom
 * labels, else the bundled entry by id.
 */
import type { Report, SourceLabel } from '../core/report';
import { toLabel } from '../sources/directory';
import type { SourceEntry } from '../sources/schema';

export type LabelLookup = (id: string) => SourceLabel | null;

export function hydrateLabel(l: SourceLabel | null, bundled: LabelLookup, custom: SourceEntry[]): SourceLabel | null {
  if (!l || typeof l.id !== 'string') return l;
  const mine = custom.find((e) => e.id === l.id);
  if (l.custom || mine) return mine ? { ...toLabel(mine), custom: true } : l;
  return bundled(l.id) ?? l;
}

export function hydrateReport(r: Report, bundled: LabelLookup, custom: SourceEntry[]): Report {
  return {
    ...r,
    publisher: hydrateLabel(r.publisher, bundled, custom),
    attributions: r.attributions.map((a) => ({ ...a, label: hydrateLabel(a.label, bundled, custom) })),
  };
}
