/** The toolbar popup: state machine around one tab's report. */
import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { i18n } from '../shared/i18n';
import { isRestrictedUrl, type ActiveTab, type PopupClient } from './client';
import { ReportView } from './ReportView';

type View =
  | { kind: 'loading' }
  | { kind: 'restricted' }
  | { kind: 'idle' } // no report for this tab: not a matched site, or the reader turned it off
  | { kind: 'state'; state: TabState };

export function Popup({ client }: { client: PopupClient }) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    let unsub: (() => void) | undefined;
    let alive = true;
    void (async () => {
      const [t, s] = await Promise.all([client.activeTab().catch(() => null), client.settings().catch(() => null)]);
      if (!alive) return;
      setSettings(s);
      setTab(t);
      if (!t || isRestrictedUrl(t.url)) return setView({ kind: 'restricted' }); // no tab at all: nothing to analyse
      unsub = client.subscribe(t.id, (st) => setView(st ? { kind: 'state', state: st } : { kind: 'idle' }));
      const st = await client.getTabState(t.id).catch(() => null);
      if (alive) setView((v) => (v.kind === 'loading' ? (st ? { kind: 'state', state: st } : { kind: 'idle' }) : v));
    })();
    return () => {
      alive = false;
      unsub?.();
    };
  }, [client]);

  const analyze = async () => {
    if (!tab) return;
    setBusy(true);
    setActionError(null);
    const res = await client.analyze(tab.id).catch((e: unknown) => ({ ok: false, error: String(e) }));
    setBusy(false);
    if (!res.ok) setActionError(res.error ?? '');
    else {
      const st = await client.getTabState(tab.id).catch(() => null);
      if (st) setView({ kind: 'state', state: st });
    }
  };

  return (
    <main class="popup" aria-busy={view.kind === 'loading' || (view.kind === 'state' && view.state.phase === 'analysing')}>
      <header class="bar">
        <h1 class="brand">{i18n('extName')}</h1>
        <button type="button" class="link-button" onClick={() => client.openOptions()}>
          {i18n('openOptions')}
        </button>
      </header>
      {body()}
    </main>
  );

  function body() {
    if (view.kind === 'loading') return <Status testid="state-loading" text={i18n('stateLoading')} />;
    if (view.kind === 'restricted') return <Status testid="state-restricted" title={i18n('stateRestrictedTitle')} text={i18n('stateRestricted')} />;
    if (view.kind === 'idle' || view.state.phase === 'not-news') {
      const r = view.kind === 'state' ? view.state.report : null;
      const text = !r ? i18n('stateNotAnalysed') : !r.isArticle ? i18n('stateNotArticle') : i18n('stateNotSecurity');
      return (
        <Status testid="state-not-news" title={i18n('stateNotNewsTitle')} text={text}>
          <AnalyzeButton busy={busy} onClick={analyze} label={i18n('analyzeAnyway')} />
          {actionError !== null ? <p role="alert">{i18n('analyzeFailed')}</p> : null}
        </Status>
      );
    }
    const st = view.state;
    if (st.phase === 'analysing') return <Status testid="state-analysing" text={i18n('stateAnalysing')} live />;
    if (st.phase === 'failed' || !st.report)
      return (
        <Status testid="state-failed" title={i18n('stateFailedTitle')} text={i18n('stateFailed')}>
          <AnalyzeButton busy={busy} onClick={analyze} label={i18n('retry')} />
          {actionError !== null ? <p role="alert">{i18n('analyzeFailed')}</p> : null}
        </Status>
      );
    return <ReportView report={st.report} settings={settings} tabId={tab!.id} client={client} />;
  }
}

function AnalyzeButton({ busy, onClick, label }: { busy: boolean; onClick: () => void; label: string }) {
  return (
    <button type="button" class="primary" onClick={onClick} disabled={busy} aria-busy={busy}>
      {busy ? i18n('stateAnalysing') : label}
    </button>
  );
}

function Status({ testid, title, text, live, children }: { testid: string; title?: string; text: string; live?: boolean; children?: preact.ComponentChildren }) {
  return (
    <section class="status" data-testid={testid} aria-live={live ? 'polite' : undefined}>
      {title ? <h2>{title}</h2> : null}
      <p>{text}</p>
      {children}
    </section>
  );
}
