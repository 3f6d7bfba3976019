/**
 * Property tests (fast-check) for the message protocol (issue 8): random and
 * mutated messages never reach a handler unless they are valid, valid ones
 * from the right sender always do, and the sender check refuses other
 * extensions, web pages and senders without a tab. The oracle below is
 * written from the protocol's documentation (src/shared/messages.ts header
 * and types), not from its rule table. Set CREDENCE_FC_RUNS to run more.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { emptyReport } from '../../src/core/report';
import { ANALYZER_PARTS } from '../../src/shared/analyzer-parts';
import {
  BACKGROUND_RULES,
  CONTENT_RULES,
  createMessenger,
  dispatch,
  senderKind,
  type BackgroundRequests,
  type MessageListener,
  type TabRequests,
} from '../../src/shared/messages';

const RUNS = Number(process.env.CREDENCE_FC_RUNS) || 300;
/** CREDENCE_FC_SEED=n replays a failing run with the seed fast-check printed. */
const opts = { numRuns: RUNS, ...(process.env.CREDENCE_FC_SEED ? { seed: Number(process.env.CREDENCE_FC_SEED) } : {}) };

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const env = { runtimeId: ID, ownOrigin: ORIGIN };

// ---- senders -------------------------------------------------------------------

const tab = (id: number) => ({ id, index: 0, highlighted: false, active: true, pinned: false, incognito: false });
const pageUrl = fc.webUrl();
const contentSender = fc.record({ id: fc.constant(ID), url: pageUrl, tab: fc.nat({ max: 10_000 }).map(tab), frameId: fc.nat({ max: 5 }) });
const pageSender = fc.record({
  id: fc.constant(ID),
  url: fc.constantFrom('popup.html', 'options.html', 'popup.html#x', 'options.html?e2e').map((p) => ORIGIN + p),
  tab: fc.option(fc.nat({ max: 10_000 }).map(tab), { nil: undefined }),
});
/** Senders that must never be trusted for anything. */
const strangerSender = fc.oneof(
  // another extension, with or without a tab, even one whose page sits at a URL mentioning our origin
  fc.record({ id: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== ID), url: fc.oneof(pageUrl, fc.constant(ORIGIN + 'popup.html')), tab: fc.option(fc.nat().map(tab), { nil: undefined }) }),
  // a web page (externally_connectable is not declared, but be safe): no id, or an empty one
  fc.record({ id: fc.constantFrom(undefined, ''), url: fc.oneof(pageUrl, fc.constant(ORIGIN + 'popup.html')), tab: fc.option(fc.nat().map(tab), { nil: undefined }) }),
  // our id but neither our page nor a tab (e.g. an offscreen or unknown context)
  fc.record({ id: fc.constant(ID), url: fc.oneof(pageUrl, pageUrl.map((u) => `${u}?${ORIGIN}`), fc.constant(`chrome-extension://${ID}x/popup.html`)) }),
  fc.record({ id: fc.constant(ID) }),
  fc.constant(undefined),
);

// ---- the oracle: what the protocol documents as valid ----------------------------

type Kind = 'content' | 'extension-page';
const BG_FROM: Record<keyof BackgroundRequests, Kind> = { pageState: 'content', directory: 'content', loadAnalyzer: 'content', getTabState: 'extension-page', analyzeTab: 'extension-page', dbInfo: 'extension-page' };
const TAB_FROM: Record<keyof TabRequests, Kind> = { ping: 'extension-page', analyze: 'extension-page', highlight: 'extension-page', clearHighlight: 'extension-page' };

const plain = (o: unknown): o is Record<string, unknown> => typeof o === 'object' && o !== null && !Array.isArray(o);
const keysWithin = (o: Record<string, unknown>, allowed: string[]) => Object.keys(o).every((k) => allowed.includes(k));
const tabIdOk = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function oracleValid(table: 'bg' | 'tab', m: unknown): boolean {
  if (!plain(m) || m.credence !== 1 || typeof m.type !== 'string') return false;
  const base = ['type', 'credence'];
  if (table === 'tab') {
    switch (m.type) {
      case 'ping':
      case 'clearHighlight':
        return keysWithin(m, base);
      case 'analyze':
        return keysWithin(m, [...base, 'force']) && typeof m.force === 'boolean';
      case 'highlight':
        return keysWithin(m, [...base, 'sentence']) && typeof m.sentence === 'string' && m.sentence.length > 0 && m.sentence.length <= 5000;
      default:
        return false;
    }
  }
  switch (m.type) {
    case 'directory':
    case 'dbInfo':
      return keysWithin(m, base);
    case 'loadAnalyzer':
      return keysWithin(m, [...base, 'part']) && (m.part === undefined || (typeof m.part === 'number' && Number.isInteger(m.part) && m.part >= 0 && m.part < ANALYZER_PARTS.length));
    case 'getTabState':
    case 'analyzeTab':
      return keysWithin(m, [...base, 'tabId']) && tabIdOk(m.tabId);
    case 'pageState':
      return (
        keysWithin(m, [...base, 'url', 'phase', 'report', 'error']) &&
        typeof m.url === 'string' &&
        m.url.length <= 4096 &&
        /^https?:\/\//i.test(m.url) &&
        ['analysing', 'not-news', 'done', 'failed'].includes(m.phase as string) &&
        (m.report === null || (plain(m.report) && (m.report as { schemaVersion?: unknown }).schemaVersion === 1 && Array.isArray((m.report as { attributions?: unknown }).attributions))) &&
        (m.error === undefined || (typeof m.error === 'string' && m.error.length <= 500))
      );
    default:
      return false;
  }
}

// ---- valid messages ------------------------------------------------------------

const validBg: fc.Arbitrary<{ type: keyof BackgroundRequests; msg: Record<string, unknown> }> = fc.oneof(
  fc.record({
    url: pageUrl.filter((u) => u.length <= 4096),
    phase: fc.constantFrom('analysing', 'not-news', 'done', 'failed'),
    withReport: fc.boolean(),
    error: fc.option(fc.string({ maxLength: 500 }), { nil: undefined }),
  }).map(({ url, phase, withReport, error }) => ({
    type: 'pageState' as const,
    msg: { type: 'pageState', credence: 1, url, phase, report: withReport ? emptyReport(url) : null, ...(error === undefined ? {} : { error }) },
  })),
  fc.constantFrom('directory', 'loadAnalyzer', 'dbInfo').map((type) => ({ type: type as keyof BackgroundRequests, msg: { type, credence: 1 } })),
  fc.integer({ min: 0, max: ANALYZER_PARTS.length - 1 }).map((part) => ({ type: 'loadAnalyzer' as const, msg: { type: 'loadAnalyzer', credence: 1, part } })),
  fc.tuple(fc.constantFrom('getTabState', 'analyzeTab'), fc.nat()).map(([type, tabId]) => ({ type: type as keyof BackgroundRequests, msg: { type, credence: 1, tabId } })),
);
const validTab: fc.Arbitrary<{ type: keyof TabRequests; msg: Record<string, unknown> }> = fc.oneof(
  fc.constantFrom('ping', 'clearHighlight').map((type) => ({ type: type as keyof TabRequests, msg: { type, credence: 1 } })),
  fc.boolean().map((force) => ({ type: 'analyze' as const, msg: { type: 'analyze', credence: 1, force } })),
  fc.string({ minLength: 1, maxLength: 5000 }).map((sentence) => ({ type: 'highlight' as const, msg: { type: 'highlight', credence: 1, sentence } })),
);

// ---- mutations -----------------------------------------------------------------

const junk = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  // Boundary values: just past each length limit (highlight sentence 5000, error 500, url 4096), odd numbers and schemes.
  fc.constantFrom(-1, 1.5, NaN, Infinity, -0, 2 ** 53, '1', '', 'x'.repeat(501), 'x'.repeat(5001), 'https://a.example/' + 'p'.repeat(4100), 'javascript:alert(1)', 'data:text/html,x', 'HTTPS://ok.example/', null, [], {}, true),
);
/** Apply one random edit to a message: drop, add or retype a key. */
function mutate(msg: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(msg);
  return fc.oneof(
    fc.constantFrom(...keys).map((k) => {
      const { [k]: _drop, ...rest } = msg;
      return rest;
    }),
    fc.tuple(fc.string({ maxLength: 10 }), junk).map(([k, v]) => ({ ...msg, [k]: v })),
    fc.tuple(fc.constantFrom(...keys), junk).map(([k, v]) => ({ ...msg, [k]: v })),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf').map((t) => ({ ...msg, type: t })),
  );
}

const senderOfKind = (k: Kind) => (k === 'content' ? contentSender : pageSender);

function bgHandlers() {
  const names = Object.keys(BG_FROM) as (keyof BackgroundRequests)[];
  return Object.fromEntries(names.map((n) => [n, vi.fn(async () => ({ handled: n }))])) as unknown as Record<keyof BackgroundRequests, ReturnType<typeof vi.fn>>;
}
function tabHandlers() {
  const names = Object.keys(TAB_FROM) as (keyof TabRequests)[];
  return Object.fromEntries(names.map((n) => [n, vi.fn(async () => ({ handled: n }))])) as unknown as Record<keyof TabRequests, ReturnType<typeof vi.fn>>;
}
const calls = (h: Record<string, ReturnType<typeof vi.fn>>) => Object.values(h).reduce((n, f) => n + f.mock.calls.length, 0);

describe('message validation (fast-check)', () => {
  it('valid background messages from the right sender always reach their handler', async () => {
    await fc.assert(
      fc.asyncProperty(validBg.chain((v) => senderOfKind(BG_FROM[v.type]).map((s) => ({ ...v, sender: s }))), async ({ type, msg, sender }) => {
        expect(oracleValid('bg', msg)).toBe(true);
        const h = bgHandlers();
        const out = dispatch(BACKGROUND_RULES, h as never, msg, sender as unknown as Runtime.MessageSender, env);
        expect(out).not.toHaveProperty('rejected');
        expect(await out).toEqual({ handled: type });
        expect(h[type]).toHaveBeenCalledTimes(1);
        expect(calls(h)).toBe(1);
      }),
      opts,
    );
  });

  it('valid content-script messages from our own pages always reach their handler', async () => {
    await fc.assert(
      fc.asyncProperty(validTab, pageSender, async ({ type, msg }, sender) => {
        const h = tabHandlers();
        const out = dispatch(CONTENT_RULES, h as never, msg, sender as unknown as Runtime.MessageSender, env);
        expect(out).not.toHaveProperty('rejected');
        expect(await out).toEqual({ handled: type });
        expect(calls(h)).toBe(1);
      }),
      opts,
    );
  });

  it('a valid message from the wrong kind of sender, another extension or a web page is refused', () => {
    const wrong = fc.oneof(
      validBg.chain((v) => fc.oneof(strangerSender, senderOfKind(BG_FROM[v.type] === 'content' ? 'extension-page' : 'content')).map((s) => ({ table: 'bg' as const, msg: v.msg, sender: s }))),
      validTab.chain((v) => fc.oneof(strangerSender, contentSender).map((s) => ({ table: 'tab' as const, msg: v.msg, sender: s }))),
    );
    fc.assert(
      fc.property(wrong, ({ table, msg, sender }) => {
        const h = table === 'bg' ? bgHandlers() : tabHandlers();
        const out = dispatch((table === 'bg' ? BACKGROUND_RULES : CONTENT_RULES) as never, h as never, msg, sender as unknown as Runtime.MessageSender, env);
        expect(out).toEqual({ rejected: true, reason: 'sender not allowed' });
        expect(calls(h)).toBe(0);
      }),
      opts,
    );
  });

  it('mutated messages reach a handler only if they are still valid', () => {
    const cases = fc.oneof(
      validBg.chain((v) => fc.tuple(mutate(v.msg), fc.oneof(contentSender, pageSender)).map(([m, s]) => ({ table: 'bg' as const, msg: m, sender: s }))),
      validTab.chain((v) => fc.tuple(mutate(v.msg), pageSender).map(([m, s]) => ({ table: 'tab' as const, msg: m, sender: s }))),
    );
    fc.assert(
      fc.property(cases, ({ table, msg, sender }) => {
        const h = table === 'bg' ? bgHandlers() : tabHandlers();
        const out = dispatch((table === 'bg' ? BACKGROUND_RULES : CONTENT_RULES) as never, h as never, msg, sender as unknown as Runtime.MessageSender, env);
        // Index the tables only with a string type: a mutated type may be an object whose toString is not callable.
        const ownType = typeof msg.type === 'string' && Object.prototype.hasOwnProperty.call(table === 'bg' ? BG_FROM : TAB_FROM, msg.type);
        const from = !ownType ? null : table === 'bg' ? BG_FROM[msg.type as keyof BackgroundRequests] : TAB_FROM[msg.type as keyof TabRequests];
        const rightSender = ownType && senderKind(sender as unknown as Runtime.MessageSender, ID, ORIGIN) === from;
        const accepted = !('rejected' in out);
        expect(accepted, JSON.stringify(msg).slice(0, 200)).toBe(oracleValid(table, msg) && rightSender);
        expect(calls(h)).toBe(accepted ? 1 : 0);
      }),
      opts,
    );
  });

  it('arbitrary values are refused unless valid, and dispatch never throws', () => {
    const anyMsg = fc.oneof(
      fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true }),
      fc.record({ type: fc.oneof(fc.constantFrom(...Object.keys(BG_FROM), ...Object.keys(TAB_FROM)), fc.string()), credence: fc.constantFrom(1, '1', true, 2), extra: fc.anything({ maxDepth: 1 }) }, { requiredKeys: ['type'] }),
    );
    fc.assert(
      fc.property(anyMsg, fc.oneof(contentSender, pageSender, strangerSender), (msg, sender) => {
        for (const table of ['bg', 'tab'] as const) {
          const h = table === 'bg' ? bgHandlers() : tabHandlers();
          const out = dispatch((table === 'bg' ? BACKGROUND_RULES : CONTENT_RULES) as never, h as never, msg, sender as unknown as Runtime.MessageSender, env);
          if (!('rejected' in out)) expect(oracleValid(table, msg)).toBe(true);
          expect(calls(h)).toBe('rejected' in out ? 0 : 1);
        }
      }),
      opts,
    );
  });

  it('length limits hold exactly at their boundaries (sentence 5000, error 500, url 4096)', () => {
    const around = (limit: number) => fc.integer({ min: limit - 3, max: limit + 3 });
    fc.assert(
      fc.property(around(5000), around(500), around(4096), pageSender, contentSender, (ls, le, lu, ps, cs) => {
        const hl = { type: 'highlight', credence: 1, sentence: 's'.repeat(ls) };
        const url = 'https://a.example/' + 'p'.repeat(lu - 'https://a.example/'.length);
        const st = { type: 'pageState', credence: 1, url, phase: 'failed', report: null, error: 'e'.repeat(le) };
        const th = tabHandlers();
        const bh = bgHandlers();
        const a = dispatch(CONTENT_RULES, th as never, hl, ps as unknown as Runtime.MessageSender, env);
        const b = dispatch(BACKGROUND_RULES, bh as never, st, cs as unknown as Runtime.MessageSender, env);
        expect('rejected' in a).toBe(ls > 5000);
        expect('rejected' in b).toBe(le > 500 || lu > 4096);
        expect(oracleValid('tab', hl)).toBe(ls <= 5000);
        expect(oracleValid('bg', st)).toBe(le <= 500 && lu <= 4096);
      }),
      opts,
    );
  });

  it('senderKind: content only with our id and a numbered tab; pages only with our id and origin', () => {
    fc.assert(
      fc.property(
        fc.record({ id: fc.oneof(fc.constant(ID), fc.string({ maxLength: 40 }), fc.constant(undefined)), url: fc.oneof(pageUrl, fc.constant(ORIGIN + 'popup.html'), fc.constant(undefined), fc.string()), tab: fc.option(fc.record({ id: fc.oneof(fc.nat(), fc.constant(undefined)) }), { nil: undefined }) }, { requiredKeys: [] }),
        (s) => {
          const k = senderKind(s as unknown as Runtime.MessageSender, ID, ORIGIN);
          if (s.id !== ID) expect(k).toBeNull();
          if (k === 'extension-page') expect(typeof s.url === 'string' && s.url.startsWith(ORIGIN)).toBe(true);
          if (k === 'content') expect(typeof s.tab?.id).toBe('number');
          if (s.id === ID && !(typeof s.url === 'string' && s.url.startsWith(ORIGIN)) && typeof s.tab?.id !== 'number') expect(k).toBeNull();
        },
      ),
      opts,
    );
  });

  it('the runtime listener stays silent for foreign messages and answers rejections for bad Credence ones', async () => {
    let listener: MessageListener | null = null;
    const api = {
      runtime: {
        id: ID,
        getURL: (p: string) => ORIGIN + p,
        sendMessage: async () => undefined,
        onMessage: { addListener: (fn: MessageListener) => void (listener = fn), removeListener: () => undefined },
      },
    };
    const h = bgHandlers();
    createMessenger(api).handleBackground(h as never);
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 2 }), strangerSender, async (msg, sender) => {
        const out = listener!(msg, sender as unknown as Runtime.MessageSender);
        const ours = plain(msg) && msg.credence === 1;
        if (!ours) expect(out).toBeUndefined();
        else expect(await out).toMatchObject({ rejected: true });
      }),
      opts,
    );
    expect(calls(h)).toBe(0);
  });
});
