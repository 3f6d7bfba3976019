/** Small Preact pieces shared by the popup and options page. Page text is rendered as text, never markup. */
import type { ComponentChildren } from 'preact';
import type { SourceLabel } from '../core/report';
import { i18n } from '../shared/i18n';
import { labelText, labelTone, safeHttpUrl } from './labels';

/** An external link: http(s) only, opened safely; anything else renders as plain text. */
export function ExtLink({ href, children }: { href: string; children: ComponentChildren }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function LabelChip({ label }: { label: SourceLabel }) {
  return (
    <span class={`chip chip-${labelTone(label)}`} data-testid="label-chip">
      {labelText(label)}
      {label.custom ? <span class="chip-custom"> · {i18n('labelCustom')}</span> : null}
    </span>
  );
}

/** "Why?" disclosure: the cited basis with links, owner, as-of date, history (past tense as written), RSP credit. */
export function Why({ label }: { label: SourceLabel }) {
  const basis = Array.isArray(label.basis) ? label.basis : [];
  const history = Array.isArray(label.history) ? label.history : [];
  return (
    <details class="why">
      <summary>{i18n('why')}</summary>
      <div class="why-body">
        {label.owner ? <p>{i18n('whyOwner', label.owner)}</p> : null}
        {basis.length ? (
          <ul class="basis">
            {basis.map((b, i) => (
              <li key={i}>
                <ExtLink href={b.url}>{b.text}</ExtLink>
              </li>
            ))}
          </ul>
        ) : (
          <p>{i18n('whyNoBasis')}</p>
        )}
        {history.length ? (
          <>
            <p class="why-head">{i18n('whyHistory')}</p>
            <ul class="history">
              {history.map((h, i) => (
                <li key={i}>
                  <span class="date">{h.until ? i18n('historyRange', [h.date, h.until]) : h.date}</span>{' '}
                  {h.url ? <ExtLink href={h.url}>{h.text}</ExtLink> : h.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {label.rsp && safeHttpUrl(label.rsp.url) ? (
          <p class="rsp">
            <ExtLink href={label.rsp.url}>{i18n('whyRsp', [label.rsp.status, label.rsp.year ?? ''])}</ExtLink>
          </p>
        ) : null}
        {label.asOf ? <p class="asof">{i18n('whyAsOf', label.asOf)}</p> : null}
        {label.custom ? <p>{i18n('whyCustom')}</p> : null}
      </div>
    </details>
  );
}
