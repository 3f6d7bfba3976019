import { describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../../src/core/report';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../ui/fake-browser')).fakeBrowser }));
import { BACKGROUND_RULES, CONTENT_RULES, dispatch, isReportLike, senderKind, type BackgroundRequests, type Handlers, type TabRequests } from '../../src/shared/messages';

const ID = 'ourid';
const ORIGIN = 'chrome-extension://ourid/';
const env = { runtimeId: ID, ownOrigin: ORIGIN };
const contentSender = { id: ID, url: 'https://news.example/a', tab: { id: 3, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 } as never;
const popupSender = { id: ID, url: ORIGIN + 'popup.html' } as never;
const optionsTabSender = { id: ID, url: ORIGIN + 'options.html', tab: { id: 9 } } as never;
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' } as never;
const noIdPage = { url: 'https://evil.example/', tab: { id: 4 } } as never;

function bgHandlers() {
  const h = {
    pageState: vi.fn(async () => ({ ok: true as const })),
    getTabState: vi.fn(async () => null),
    analyzeTab: vi.fn(async () => ({ ok: true })),
    dbInfo: vi.fn(async () => ({ version: '1', count: 0, entries: [] })),
  };
  return h as typeof h & Handlers<BackgroundRequests>;
}

const goodPageState = { type: 'pageState', credence: 1, url: 'https://news.example/a', phase: 'done', report: emptyReport('https://news.example/a') };

describe('senderKind', () => {
  it('classifies content scripts, extension pages and strangers', () => {
    expect(senderKind(contentSender, ID, ORIGIN)).toBe('content');
    expect(senderKind(popupSender, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(optionsTabSender, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind(otherExtension, ID, ORIGIN)).toBeNull();
    expect(senderKind(noIdPage, ID, ORIGIN)).toBeNull();
    expect(senderKind(undefined, ID, ORIGIN)).toBeNull();
    // a page URL that merely contains our origin is not ours
    expect(senderKind({ id: ID, url: 'https://evil.example/?' + ORIGIN } as never, ID, ORIGIN)).toBeNull();
  });
});

describe('background dispatch', () => {
  it('runs the handler for a well-formed message from the right sender', async () => {
    const h = bgHandlers();
    const out = dispatch<BackgroundRequests>(BACKGROUND_RULES, h, goodPageState, contentSender, env);
    expect('rejected' in out).toBe(false);
    await out;
    expect(h.pageState).toHaveBeenCalledOnce();
  });

  const rejects: [string, unknown, unknown, string][] = [
    ['pageState from an extension page', goodPageState, popupSender, 'sender not allowed'],
    ['pageState from another extension', goodPageState, otherExtension, 'sender not allowed'],
    ['getTabState from a content script', { type: 'getTabState', credence: 1, tabId: 1 }, contentSender, 'sender not allowed'],
    ['analyzeTab from a content script', { type: 'analyzeTab', credence: 1, tabId: 1 }, contentSender, 'sender not allowed'],
    ['an unknown type', { type: 'deleteEverything', credence: 1 }, popupSender, 'unknown type'],
    ['a prototype key as type', { type: 'constructor', credence: 1 }, popupSender, 'unknown type'],
    ['no credence marker', { type: 'getTabState', tabId: 1 }, popupSender, 'not a Credence message'],
    ['a string', 'getTabState', popupSender, 'not a Credence message'],
    ['a negative tab id', { type: 'getTabState', credence: 1, tabId: -1 }, popupSender, 'bad shape'],
    ['a string tab id', { type: 'getTabState', credence: 1, tabId: '1' }, popupSender, 'bad shape'],
    ['a tab id past the safe integers (2^53)', { type: 'getTabState', credence: 1, tabId: 2 ** 53 }, popupSender, 'bad shape'],
    ['an extra field', { type: 'getTabState', credence: 1, tabId: 1, evil: true }, popupSender, 'bad shape'],
    ['a non-http page URL', { ...goodPageState, url: 'javascript:alert(1)' }, contentSender, 'bad shape'],
    ['an unknown phase', { ...goodPageState, phase: 'pwned' }, contentSender, 'bad shape'],
    ['a report of the wrong shape', { ...goodPageState, report: { schemaVersion: 2 } }, contentSender, 'bad shape'],
    ['a huge error string', { ...goodPageState, phase: 'failed', report: null, error: 'x'.repeat(10_000) }, contentSender, 'bad shape'],
  ];
  for (const [name, msg, sender, reason] of rejects) {
    it(`rejects ${name}`, () => {
      const h = bgHandlers();
      const out = dispatch<BackgroundRequests>(BACKGROUND_RULES, h, msg, sender as never, env);
      expect(out).toEqual({ rejected: true, reason });
      for (const f of Object.values(h)) expect(f).not.toHaveBeenCalled();
    });
  }
});

describe('content-script dispatch', () => {
  const h = { highlight: vi.fn(async () => ({ found: true })), analyze: vi.fn(async () => ({ ok: true })) } as Handlers<TabRequests>;
  it('accepts a highlight request from the popup', () => {
    expect('rejected' in dispatch<TabRequests>(CONTENT_RULES, h, { type: 'highlight', credence: 1, sentence: 'Hello.' }, popupSender, env)).toBe(false);
  });
  it('rejects requests that do not come from our own pages', () => {
    expect(dispatch<TabRequests>(CONTENT_RULES, h, { type: 'highlight', credence: 1, sentence: 'x' }, otherExtension, env)).toEqual({ rejected: true, reason: 'sender not allowed' });
    expect(dispatch<TabRequests>(CONTENT_RULES, h, { type: 'analyze', credence: 1, force: true }, contentSender, env)).toEqual({ rejected: true, reason: 'sender not allowed' });
  });
  it('rejects bad shapes', () => {
    expect(dispatch<TabRequests>(CONTENT_RULES, h, { type: 'highlight', credence: 1, sentence: '' }, popupSender, env)).toEqual({ rejected: true, reason: 'bad shape' });
    expect(dispatch<TabRequests>(CONTENT_RULES, h, { type: 'analyze', credence: 1, force: 'yes' }, popupSender, env)).toEqual({ rejected: true, reason: 'bad shape' });
  });
});

describe('isReportLike', () => {
  it('accepts an empty report and refuses near misses', () => {
    expect(isReportLike(emptyReport(null))).toBe(true);
    expect(isReportLike({ ...emptyReport(null), attributions: 'x' })).toBe(false);
    expect(isReportLike(null)).toBe(false);
  });
});
