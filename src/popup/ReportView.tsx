/** One analysed article: publisher, "Who says so" chain, notes, hedges, disclaimers, evidence. */
import { useState } from 'preact/hooks';
import type { Disclaimer, Note, Report } from '../core/report';
import { i18n } from '../shared/i18n';
import type { Settings } from '../shared/settings';
import { ExtLink, LabelChip, Why } from '../ui/components';
import { noteText, safeHttpUrl, severityText } from '../ui/labels';
import { buildChain, type ChainNode } from './chain';
import type { PopupClient } from './client';

const MAX_ITEMS = 30;

interface Props {
  report: Report;
  settings: Settings | null;
  tabId: number;
  client: PopupClient;
}

export function ReportView({ report, settings, tabId, client }: Props) {
  const [status, setStatus] = useState('');
  const [lit, setLit] = useState(false);
  const canHighlight = settings?.highlight !== false;
  const hidden = new Set(settings?.hiddenNotes ?? []);
  const notes = report.notes.filter((n) => !hidden.has(n.id)).slice(0, MAX_ITEMS);
  const chain = buildChain(report.attributions);
  const pub = report.publisher;
  const pubName = pub?.name ?? report.article.siteName ?? hostOf(report.url) ?? i18n('publisherUnknown');

  const show = async (sentence: string | undefined) => {
    if (!sentence || !canHighlight) return;
    const r = await client.highlight(tabId, sentence);
    setLit(r.found);
    setStatus(r.disabled ? i18n('highlightOff') : r.found ? i18n('highlightShown') : i18n('highlightNotFound'));
  };
  // The visible text is the accessible name (no aria-label, so speech and sight match); the title says what a click does.
  const Item = ({ sentence, children }: { sentence?: string | undefined; children: preact.ComponentChildren }) =>
    canHighlight && sentence ? (
      <button type="button" class="item" onClick={() => void show(sentence)} title={i18n('highlightHint')}>
        {children}
      </button>
    ) : (
      <div class="item">{children}</div>
    );

  const noteSentence = (n: Note): string | undefined => {
    const a = n.refs?.attributions?.[0];
    const h = n.refs?.hedges?.[0];
    const d = n.refs?.disclaimers?.[0];
    if (a !== undefined) return report.attributions[a]?.sentence;
    if (h !== undefined) return report.hedges[h]?.sentence;
    if (d !== undefined) return report.disclaimers[d]?.text;
    return undefined;
  };

  return (
    <div class="report" data-testid="report">
      <section class="publisher" aria-labelledby="pub-h">
        <h2 id="pub-h" class="visually-hidden">{i18n('publisherHeading')}</h2>
        {report.article.title ? <p class="title">{report.article.title}</p> : null}
        <p class="pub-line">
          <span class="muted">{i18n('publishedBy')}</span> <strong data-testid="publisher-name">{pubName}</strong>
        </p>
        {pub ? (
          <div class="label-row">
            <LabelChip label={pub} />
            <Why label={pub} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="chain-h">
        <h2 id="chain-h">{i18n('whoSaysSo')}</h2>
        {chain.length ? (
          <ol class="chain" data-testid="chain">
            <li class="link publisher-link">
              <div class="node">
                <span class="src">{pubName}</span> <span class="muted">· {i18n('chainPublisher')}</span>
              </div>
              <ol class="chain nested" aria-label={i18n('relays', pubName)}>
                {chain.slice(0, MAX_ITEMS).map((n, i) => (
                  <ChainItem key={i} node={n} depth={1} Item={Item} />
                ))}
              </ol>
            </li>
          </ol>
        ) : (
          <p class="muted">{i18n('noAttributions')}</p>
        )}
      </section>

      {notes.length ? (
        <section aria-labelledby="notes-h">
          <h2 id="notes-h">{i18n('notesHeading')}</h2>
          <ul class="notes" data-testid="notes">
            {notes.map((n, i) => (
              <li key={i} class={`note note-${n.severity}`}>
                <Item sentence={noteSentence(n)}>
                  <span class="sev">{severityText(n.severity)}:</span> {noteText(n)}
                </Item>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.hedges.length ? (
        <section aria-labelledby="hedges-h">
          <h2 id="hedges-h">{i18n('hedgesHeading')}</h2>
          <ul class="quotes" data-testid="hedges">
            {dedupe(report.hedges.map((h) => [h.cue, h.sentence] as const)).slice(0, MAX_ITEMS).map(([cue, sentence], i) => (
              <li key={i}>
                <Item sentence={sentence}>
                  <q class="cue">{cue}</q> <span class="ctx">{clip(sentence)}</span>
                </Item>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {report.disclaimers.length ? (
        <section aria-labelledby="disc-h">
          <h2 id="disc-h">{i18n('disclaimersHeading')}</h2>
          <ul class="quotes" data-testid="disclaimers">
            {report.disclaimers.slice(0, MAX_ITEMS).map((d, i) => (
              <li key={i}>
                <Item sentence={d.text}>
                  <span class="sev">{disclaimerKind(d)}:</span> <q>{clip(d.text, 280)}</q>
                </Item>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="ev-h">
        <h2 id="ev-h">{i18n('evidenceHeading')}</h2>
        <ul class="evidence" data-testid="evidence">
          <li>{report.evidence.cves.length ? i18n('evidenceCves', [report.evidence.cves.slice(0, 10).join(', ')]) : i18n('evidenceNoCves')}</li>
          <li>{report.evidence.indicators > 0 ? i18n('evidenceIndicators', String(report.evidence.indicators)) : i18n('evidenceNoIndicators')}</li>
          {primary(report).length ? (
            <li>
              {i18n('evidenceLinks')}
              <ul>
                {primary(report).map((u, i) => (
                  <li key={i}>
                    <ExtLink href={u}>{hostOf(u) ?? u}</ExtLink>
                  </li>
                ))}
              </ul>
            </li>
          ) : (
            <li>{i18n('evidenceNoLinks')}</li>
          )}
        </ul>
      </section>
      <p class="status-line" role="status" aria-live="polite">
        {status}
      </p>
      {lit ? (
        <button
          type="button"
          onClick={async () => {
            await client.clearHighlight(tabId);
            setLit(false);
            setStatus(i18n('highlightCleared'));
          }}
        >
          {i18n('clearHighlight')}
        </button>
      ) : null}
      {report.truncated ? <p class="muted">{i18n('truncated')}</p> : null}
    </div>
  );
}

function ChainItem({ node, depth, Item }: { node: ChainNode; depth: number; Item: (p: { sentence?: string | undefined; children: preact.ComponentChildren }) => preact.JSX.Element }) {
  const cue = node.cues[0] ?? '';
  return (
    <li class="link" data-testid="chain-node">
      <div class="node">
        <Item sentence={node.sentences[0]}>
          {depth > 0 ? (
            <span class="via" aria-hidden="true">
              ↳{' '}
            </span>
          ) : null}
          <span class="src">{node.source}</span>
          {cue ? <span class="muted"> · {i18n('cueQuoted', cue)}</span> : null}
          {node.sentences.length > 1 ? <span class="muted"> · {i18n('mentions', String(node.sentences.length))}</span> : null}
        </Item>
        {node.label ? (
          <div class="label-row">
            <LabelChip label={node.label} />
            <Why label={node.label} />
          </div>
        ) : (
          <span class="chip chip-plain">{i18n('labelNotInDatabase')}</span>
        )}
      </div>
      {node.children.length ? (
        <ol class="chain nested" aria-label={i18n('relays', node.source)}>
          {node.children.map((c, i) => (
            <ChainItem key={i} node={c} depth={depth + 1} Item={Item} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function disclaimerKind(d: Disclaimer): string {
  switch (d.kind) {
    case 'liability':
      return i18n('disclaimerLiability');
    case 'sponsored':
      return i18n('disclaimerSponsored');
    case 'ai_generated':
      return i18n('disclaimerAi');
    case 'syndicated':
      return i18n('disclaimerSyndicated');
    case 'opinion':
      return i18n('disclaimerOpinion');
    case 'correction':
      return i18n('disclaimerCorrection');
    default:
      return i18n('disclaimerOther');
  }
}

function primary(r: Report): string[] {
  return (r.evidence.primaryLinks ?? []).map(safeHttpUrl).filter((u): u is string => u !== null).slice(0, 8);
}

function hostOf(u: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

function clip(s: string, n = 200): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

function dedupe<T extends readonly [string, string]>(xs: T[]): T[] {
  const seen = new Set<string>();
  return xs.filter(([a, b]) => {
    const k = a + '\u0000' + b;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
