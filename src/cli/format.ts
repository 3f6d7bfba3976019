import type { Report, SourceLabel } from '../core/report';

/** Plain-text rendering of a report for a person at a terminal. */

const AFFILIATION_TEXT: Record<string, string> = {
  state_controlled: 'state-affiliated media',
  state_funded_independent: 'publicly funded, editorially independent',
  government: 'government',
  private: 'private',
  unknown: 'unknown affiliation',
};

export function describeLabel(l: SourceLabel | null): string {
  if (!l) return 'not in database';
  const what = l.affiliation === 'government' ? 'government' : AFFILIATION_TEXT[l.affiliation] ?? l.affiliation;
  return l.country ? `${what}, ${l.country}` : what;
}

/**
 * Page text is data, and a terminal is a renderer: strip control characters
 * (ANSI escape sequences, carriage returns, bell) and bidi overrides that a
 * page could use to rewrite the screen, and keep every field on its line.
 */
export function safeText(s: string | null | undefined, max = 2000): string {
  if (s == null) return '';
  const t = String(s).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ');
  return t.length > max ? t.slice(0, max) + '…' : t;
}

export function formatReport(file: string, r: Report): string {
  const out = formatLines(file, r);
  return out.map((l) => safeText(l, 4000)).join('\n');
}

function formatLines(file: string, r: Report): string[] {
  const lines: string[] = [];
  const a = r.article;
  lines.push(`== ${file}`);
  lines.push(`Title:      ${a.title ?? '(none)'}`);
  lines.push(`Site:       ${a.siteName ?? '(unknown)'}${r.publisher ? `  [${describeLabel(r.publisher)}]` : ''}`);
  if (a.byline) lines.push(`Byline:     ${a.byline}`);
  if (a.published) lines.push(`Published:  ${a.published}`);
  if (r.url) lines.push(`URL:        ${r.url}`);
  lines.push(`Article:    ${r.isArticle ? 'yes' : 'no'} (${a.wordCount} words)   Security news: ${r.isSecurityNews ? 'yes' : 'no'} (score ${r.detection.score.toFixed(2)})`);
  for (const reason of r.detection.reasons) lines.push(`  - ${reason}`);
  if (!r.isSecurityNews && r.attributions.length) lines.push('  (not detected as security news; its sourcing is shown all the same)');
  if (r.attributions.length) {
    lines.push('Who says so:');
    r.attributions.forEach((at, i) => {
      const via = at.via !== null ? ` via ${r.attributions[at.via]?.source ?? '?'}` : '';
      lines.push(`  ${i + 1}. ${at.source} (${at.sourceKind}; ${describeLabel(at.label)}) — "${at.cue}"${via}`);
    });
  }
  if (r.hedges.length) lines.push(`Hedges:     ${[...new Set(r.hedges.map((h) => h.cue))].join(', ')}`);
  for (const d of r.disclaimers) lines.push(`Disclaimer (${d.kind}): "${d.text}"`);
  const ev = r.evidence;
  if (r.isSecurityNews) {
    lines.push(`Evidence:   ${ev.cves.length} CVE(s)${ev.cves.length ? ` (${ev.cves.join(', ')})` : ''}, ${ev.indicators} indicator(s), ${ev.primaryLinks.length} primary link(s)`);
  }
  for (const c of r.cyberAttributions) lines.push(`Blamed:     ${c.actor}${c.accuser ? ` — by ${c.accuser}` : ''} (${c.basis})`);
  if (r.notes.length) {
    lines.push('Notes:');
    for (const n of r.notes) lines.push(`  [${n.severity}] ${n.text}`);
  }
  return lines;
}
