// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '../../src/popup/Popup';
import { createFakeClient } from '../../src/popup/fake-client';
import { isRestrictedUrl } from '../../src/popup/client';
import { emptyReport } from '../../src/core/report';
import { seedReport, S_DISC, S_GT, S_MSS } from './seed-report';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

afterEach(cleanup);

const done = (report = seedReport()) => ({ url: report.url!, phase: 'done' as const, report, updated: 1 });

describe('popup states', () => {
  it('restricted pages', async () => {
    render(<Popup client={createFakeClient({ tab: { id: 1, url: 'chrome://extensions/' } })} />);
    expect(await screen.findByTestId('state-restricted')).toBeTruthy();
    for (const u of ['about:blank', 'https://chromewebstore.google.com/detail/x', 'https://addons.mozilla.org/', 'https://example.com/file.pdf', 'view-source:https://a.example/', 'file:///tmp/x.html']) expect(isRestrictedUrl(u), String(u)).toBe(true);
    expect(isRestrictedUrl('https://example.com/news')).toBe(false);
    expect(isRestrictedUrl(null)).toBe(false); // hidden URL: let the reader try
  });

  it('no report → offers "Analyse this page anyway", which asks the client and shows the result', async () => {
    const c = createFakeClient();
    c.onAnalyze = () => {
      c.push(done());
      return { ok: true };
    };
    render(<Popup client={c} />);
    const btn = await screen.findByRole('button', { name: 'Analyse this page anyway' });
    fireEvent.click(btn);
    expect(await screen.findByTestId('report')).toBeTruthy();
    expect(c.calls.some((x) => x.method === 'analyze' && x.args[0] === 1)).toBe(true);
  });

  it('not security news, with the reason', async () => {
    const r = { ...emptyReport('https://news.example/article'), isArticle: true };
    render(<Popup client={createFakeClient({ state: { url: r.url!, phase: 'not-news', report: r, updated: 1 } })} />);
    const s = await screen.findByTestId('state-not-news');
    expect(s.textContent).toContain('does not look like security news');
  });

  it('analysing, then the report arrives live', async () => {
    const c = createFakeClient({ state: { url: 'https://news.example/article', phase: 'analysing', report: null, updated: 1 } });
    render(<Popup client={c} />);
    expect(await screen.findByTestId('state-analysing')).toBeTruthy();
    c.push(done());
    expect(await screen.findByTestId('report')).toBeTruthy();
  });

  it('failed → retry', async () => {
    const c = createFakeClient({ state: { url: 'https://news.example/article', phase: 'failed', report: null, error: 'boom', updated: 1 } });
    c.onAnalyze = () => ({ ok: false, error: 'no access' });
    render(<Popup client={c} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(c.calls.filter((x) => x.method === 'analyze')).toHaveLength(1);
  });
});

describe('the seed story', () => {
  it('shows publisher, chain with labels, notes, hedges, disclaimer and missing evidence', async () => {
    render(<Popup client={createFakeClient({ state: done() })} />);
    await screen.findByTestId('report');
    expect(screen.getByTestId('publisher-name').textContent).toBe('The Cyber Express');
    const chain = screen.getByTestId('chain');
    const nodes = within(chain).getAllByTestId('chain-node');
    expect(nodes.map((n) => n.querySelector('.src')!.textContent)).toEqual(['Global Times', 'Ministry of State Security']);
    expect(chain.querySelector('.publisher-link > .node')!.textContent).toContain('The Cyber Express');
    expect(chain.querySelector('.publisher-link')!.contains(nodes[0]!)).toBe(true);
    // MSS is nested under Global Times (it relays the ministry's claims), and its two mentions merged
    expect(nodes[0]!.contains(nodes[1]!)).toBe(true);
    expect(nodes[1]!.textContent).toContain('2 sentences');
    const chips = within(chain).getAllByTestId('label-chip').map((c) => c.textContent);
    expect(chips).toEqual(['State-affiliated media (China)', 'Government agency (China)']);
    const notes = screen.getByTestId('notes').textContent!;
    expect(notes).toContain('The main claim comes from Global Times, a state-affiliated outlet in China.');
    expect(notes).toContain('Important:'); // severity is written, not only coloured
    const hedges = screen.getByTestId('hedges').textContent!;
    expect(hedges).toContain('allegedly');
    expect(hedges).toContain('purportedly');
    expect(screen.getByTestId('disclaimers').textContent).toContain('does not guarantee the accuracy');
    expect(screen.getByTestId('disclaimers').textContent).toContain('Liability disclaimer');
    const ev = screen.getByTestId('evidence').textContent!;
    expect(ev).toContain('No CVE identifiers');
    expect(ev).toContain('No links to primary sources');
  });

  it('"Why?" shows the basis with safe links, the as-of date and history', async () => {
    render(<Popup client={createFakeClient({ state: done() })} />);
    await screen.findByTestId('report');
    const why = screen.getAllByText('Why?')[1]!.closest('details')!;
    const link = within(why).getByRole('link', { name: /People’s Daily/ });
    expect(link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Global_Times');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(why.textContent).toContain('Checked on 2026-11-26');
    expect(why.textContent).toContain('designated its parent a foreign mission');
  });

  it('never renders a javascript: link or page markup', async () => {
    const r = seedReport();
    r.publisher = { ...r.publisher!, basis: [{ text: '<img src=x onerror=alert(1)>', url: 'javascript:alert(1)' }] };
    r.evidence.primaryLinks = ['javascript:alert(2)', 'https://primary.example/report'];
    r.attributions[0]!.source = '<b>bold</b>';
    r.attributions[0]!.label = null;
    const { container } = render(<Popup client={createFakeClient({ state: done(r) })} />);
    await screen.findByTestId('report');
    for (const a of container.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.src b')).toBeNull();
    expect(container.textContent).toContain('<b>bold</b>');
  });

  it('each item highlights its sentence in the page, by mouse and keyboard', async () => {
    const c = createFakeClient({ state: done() });
    render(<Popup client={c} />);
    await screen.findByTestId('report');
    fireEvent.click(screen.getByRole('button', { name: /^Global Times/ }));
    await waitFor(() => expect(c.calls.filter((x) => x.method === 'highlight').map((x) => x.args[1])).toEqual([S_GT]));
    expect(await screen.findByText('Highlighted in the page.')).toBeTruthy();
    const hedge = screen.getByRole('button', { name: /purportedly/ });
    expect(hedge.tagName).toBe('BUTTON'); // natively focusable and Enter/Space-activatable
    fireEvent.click(hedge);
    fireEvent.click(screen.getByRole('button', { name: /Liability disclaimer/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Important: The main claim comes from/ }));
    await waitFor(() => expect(c.calls.filter((x) => x.method === 'highlight').map((x) => x.args[1])).toEqual([S_GT, S_MSS, S_DISC, S_GT]));
    fireEvent.click(screen.getByRole('button', { name: 'Clear the highlight' }));
    await waitFor(() => expect(c.calls.some((x) => x.method === 'clearHighlight')).toBe(true));
    expect(await screen.findByText('Highlight cleared.')).toBeTruthy();
  });

  it('hidden notes stay hidden; with highlighting off, items are plain text', async () => {
    render(<Popup client={createFakeClient({ state: done(), settings: { hiddenNotes: ['state-affiliated-source'], highlight: false } })} />);
    await screen.findByTestId('report');
    expect(screen.getByTestId('notes').textContent).not.toContain('state-affiliated outlet');
    expect(screen.queryByRole('button', { name: /^Global Times/ })).toBeNull();
  });
});

describe('chain building', () => {
  it('survives cycles, bad via indexes and missing fields', async () => {
    const { buildChain } = await import('../../src/popup/chain');
    const a = (source: string, via: number | null) => ({ source, sourceKind: 'outlet' as const, cue: 'said', sentence: `${source} said so.`, label: null, via });
    const cyc = buildChain([a('A', 1), a('B', 0)]); // a via-cycle: no hang, nothing lost
    expect(cyc.map((n) => n.source)).toEqual(['A']);
    expect(cyc[0]!.children.map((n) => n.source)).toEqual(['B']);
    const odd = buildChain([a('A', null), a('B', 99), a('C', -1), { ...a('D', 0), source: undefined as unknown as string }]);
    expect(odd.map((n) => n.source)).toEqual(['A', 'B', 'C']);
    expect(odd[0]!.children.map((n) => n.source)).toEqual(['']);
  });
});

describe('German', () => {
  it('renders labels, notes (from messageKey + args) and headings in German', async () => {
    const { fakeBrowser, formatMessage, loadLocale } = await import('./fake-browser');
    const de = loadLocale('de');
    const orig = { ...fakeBrowser.i18n };
    fakeBrowser.i18n.getMessage = (k: string, subs?: string | string[]) => formatMessage(de, k, subs);
    fakeBrowser.i18n.getUILanguage = () => 'de';
    try {
      render(<Popup client={createFakeClient({ state: done() })} />);
      await screen.findByTestId('report');
      expect(screen.getByRole('heading', { name: 'Wer sagt das?' })).toBeTruthy();
      expect(within(screen.getByTestId('chain')).getAllByTestId('label-chip').map((c) => c.textContent)).toEqual(['Staatsnahes Medium (China)', 'Regierungsbehörde (China)']);
      const notes = screen.getByTestId('notes').textContent!;
      expect(notes).toContain('Die Hauptaussage stammt von Global Times, einem staatsnahen Medium in China.');
      // a note without messageKey falls back to the core's English text
      expect(notes).toContain('The article hedges its claims ("allegedly").');
    } finally {
      Object.assign(fakeBrowser.i18n, orig);
    }
  });
});
