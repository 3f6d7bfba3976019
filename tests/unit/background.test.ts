import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport, type Report } from '../../src/core/report';
import { badgeFor } from '../../src/background/badge';
import { hydrateReport } from '../../src/background/hydrate';
import { fakeBrowser } from '../ui/fake-browser';
import { GLOBAL_TIMES, MSS, PUBLISHER, seedReport } from '../ui/seed-report';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));

const TAB = 12;
const contentSender = { id: fakeBrowser.runtime.id, url: 'https://thecyberexpress.com/x', tab: { id: TAB }, frameId: 0 };
const popupSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('popup.html') };

async function startWorker(): Promise<void> {
  fakeBrowser.restart();
  vi.resetModules();
  await import('../../src/background/index');
}

async function fromContent(msg: Record<string, unknown>, sender: Record<string, unknown> = contentSender): Promise<unknown> {
  fakeBrowser.__sender = sender;
  return fakeBrowser.runtime.sendMessage({ credence: 1, ...msg });
}
async function fromPopup(msg: Record<string, unknown>): Promise<unknown> {
  fakeBrowser.__sender = popupSender;
  return fakeBrowser.runtime.sendMessage({ credence: 1, ...msg });
}

const slim = (l: typeof GLOBAL_TIMES) => ({ ...l, basis: [], history: [] });

beforeEach(async () => {
  fakeBrowser.storage.session._data = {};
  fakeBrowser.storage.sync._data = {};
  for (const k of Object.keys(fakeBrowser.__badge)) delete fakeBrowser.__badge[Number(k)];
  await startWorker();
});

describe('per-tab state in storage.session', () => {
  it('stores a report from the content script and survives a worker restart', async () => {
    const report = seedReport();
    expect(await fromContent({ type: 'pageState', url: report.url, phase: 'done', report })).toEqual({ ok: true });
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeTruthy();
    await startWorker(); // listeners dropped, module state gone; storage kept
    const st = (await fromPopup({ type: 'getTabState', tabId: TAB })) as { phase: string; report: Report };
    expect(st.phase).toBe('done');
    expect(st.report.attributions.map((a) => a.label?.name)).toEqual(['Global Times', 'Ministry of State Security', 'Ministry of State Security']);
    expect(await fromPopup({ type: 'getTabState', tabId: TAB + 1 })).toBeNull();
  });

  it('clears the state when the tab navigates to another URL, and when it closes', async () => {
    const report = seedReport();
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    fakeBrowser.tabs.onUpdated.fire(TAB, { url: report.url + '#comments' }, {});
    await new Promise((r) => setTimeout(r, 0));
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeTruthy(); // same page, only a fragment
    fakeBrowser.tabs.onUpdated.fire(TAB, { url: 'https://thecyberexpress.com/other' }, {});
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeUndefined();
    expect(fakeBrowser.__badge[TAB]!.text).toBe('');
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    fakeBrowser.tabs.onUpdated.fire(TAB, { status: 'loading' }, {}); // a reload or navigation we may not see the URL of
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeUndefined();
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    fakeBrowser.tabs.onRemoved.fire(TAB, {});
    await new Promise((r) => setTimeout(r, 0));
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeUndefined();
  });

  it('ignores messages from subframes, other extensions and web pages', async () => {
    const report = seedReport();
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report }, { ...contentSender, frameId: 3 });
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeUndefined();
    const r = await fromContent({ type: 'pageState', url: report.url, phase: 'done', report }, { ...contentSender, id: 'other' });
    expect(r).toMatchObject({ rejected: true });
    const r2 = await fromContent({ type: 'getTabState', tabId: TAB });
    expect(r2).toMatchObject({ rejected: true, reason: 'sender not allowed' });
    expect(fakeBrowser.storage.session._data[`tab:${TAB}`]).toBeUndefined();
  });
});

describe('content-script requests', () => {
  it('sends the compact database with custom labels merged over the bundled ones', async () => {
    await fakeBrowser.storage.sync.set({ customLabels: [{ id: 'my-wire', name: 'My Example Wire', aliases: [], domains: ['wire.example'], country: null, kind: 'outlet', affiliation: 'private', owner: null, basis: [], asOf: '2026-01-01', history: [] }] });
    const data = (await fromContent({ type: 'directory' })) as { v: string; e: string[] };
    expect(typeof data.v).toBe('string');
    expect(data.e.length).toBeGreaterThan(50);
    expect(data.e.some((x) => x.startsWith('my-wire|My Example Wire|'))).toBe(true);
    expect(await fromPopup({ type: 'directory' })).toMatchObject({ rejected: true });
  });
  it('stores a report that breaks the contract as a failure, never shows it', async () => {
    const report = { ...seedReport(), evidence: { cves: [], indicators: 0, primaryLinks: ['javascript:alert(1)'] } };
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    const st = (await fromPopup({ type: 'getTabState', tabId: TAB })) as { phase: string; report: unknown };
    expect(st).toMatchObject({ phase: 'failed', report: null });
  });
});

describe('hydration of slim labels', () => {
  it('swaps slim bundled labels for full ones and custom ones for the reader’s entry', async () => {
    const report = seedReport({ gt: slim(GLOBAL_TIMES), mss: slim(MSS), publisher: slim(PUBLISHER) });
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    const st = (await fromPopup({ type: 'getTabState', tabId: TAB })) as { report: Report };
    expect(st.report.attributions[0]!.label!.basis.length).toBeGreaterThan(0); // from the bundled database
  });
  it('uses a custom entry for a custom label', () => {
    const custom = [{ id: GLOBAL_TIMES.id, name: 'Global Times', aliases: [], domains: [], country: 'CN', kind: 'outlet' as const, affiliation: 'state_controlled' as const, owner: 'Mine', basis: [{ text: 'My reason', url: 'https://example.org/' }], asOf: '2026-01-01', history: [] }];
    const r = hydrateReport(seedReport({ gt: { ...slim(GLOBAL_TIMES), custom: true } }), () => null, custom);
    expect(r.attributions[0]!.label).toMatchObject({ owner: 'Mine', custom: true, basis: [{ text: 'My reason' }] });
    expect(r.attributions[1]!.label!.name).toBe('Ministry of State Security');
  });
});

describe('badge', () => {
  it('shows nothing for non-security pages, "…" while analysing, "!" for the seed story', async () => {
    const url = 'https://thecyberexpress.com/x';
    await fromContent({ type: 'pageState', url, phase: 'not-news', report: emptyReport(url) });
    expect(fakeBrowser.__badge[TAB]!.text).toBe('');
    await fromContent({ type: 'pageState', url, phase: 'analysing', report: null });
    expect(fakeBrowser.__badge[TAB]!.text).toBe('…');
    await fromContent({ type: 'pageState', url, phase: 'done', report: seedReport() });
    expect(fakeBrowser.__badge[TAB]).toMatchObject({ text: '!' });
    expect(fakeBrowser.__badge[TAB]!.title).toMatch(/state-affiliated/);
  });
  it('scheme: ✓ with no notes, a count with ordinary notes, nothing when turned off', async () => {
    const clean: Report = { ...emptyReport('https://a.example/'), isArticle: true, isSecurityNews: true };
    expect(badgeFor({ url: 'x', phase: 'done', report: clean, updated: 0 }, true)).toMatchObject({ kind: 'clear', text: '✓' });
    const notes: Report = { ...clean, notes: [{ id: 'single-source', severity: 'info', text: 'x' }, { id: 'no-primary-link', severity: 'info', text: 'y' }] };
    expect(badgeFor({ url: 'x', phase: 'done', report: notes, updated: 0 }, true)).toMatchObject({ kind: 'notes', text: '2' });
    expect(badgeFor({ url: 'x', phase: 'done', report: seedReport(), updated: 0 }, false)).toMatchObject({ kind: 'none', text: '' });
    expect(badgeFor({ url: 'x', phase: 'failed', report: null, updated: 0 }, true).text).toBe('');
  });
  it('turning the badge off in settings clears the badges of open tabs', async () => {
    const report = seedReport();
    await fromContent({ type: 'pageState', url: report.url, phase: 'done', report });
    expect(fakeBrowser.__badge[TAB]!.text).toBe('!');
    await fakeBrowser.storage.sync.set({ badge: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.__badge[TAB]!.text).toBe('');
  });
});

describe('all-sites permission', () => {
  it('registers the content script when granted and unregisters it when revoked', async () => {
    await fakeBrowser.permissions.request({ origins: ['http://*/*', 'https://*/*'] });
    fakeBrowser.permissions.onAdded.fire({ origins: ['http://*/*', 'https://*/*'] });
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.__registered.map((r) => r.id)).toEqual(['credence-all-sites']);
    await fakeBrowser.permissions.remove({ origins: ['http://*/*', 'https://*/*'] });
    fakeBrowser.permissions.onRemoved.fire({ origins: ['http://*/*', 'https://*/*'] });
    await new Promise((r) => setTimeout(r, 10));
    expect(fakeBrowser.__registered).toEqual([]);
  });
  it('analyzeTab injects the content script and asks it for a forced analysis', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const sent: unknown[] = [];
    const listener = (m: unknown) => (sent.push(m), Promise.resolve({ ok: true }));
    fakeBrowser.tabs.onMessage.addListener(listener);
    expect(await fromPopup({ type: 'analyzeTab', tabId: TAB })).toEqual({ ok: true });
    expect(exec.mock.calls.some(([a]) => JSON.stringify(a).includes('content.js'))).toBe(true);
    expect(sent).toEqual([{ type: 'analyze', credence: 1, force: true }]);
    fakeBrowser.tabs.onMessage.removeListener(listener);
  });
});
