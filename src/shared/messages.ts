/**
 * The one typed message protocol of Credence. Each request type maps to its
 * payload and its response; `send`/`sendToTab` and `handle` are the only
 * places that touch runtime messaging. The handler checks who sent a message
 * and what shape it has before any handler code runs, and rejects the rest.
 *
 * Directions:
 * - content script → background: `pageState`, `directory`, `loadAnalyzer` (only from tabs, i.e. our own content scripts)
 * - extension pages (popup, options) → background: `getTabState`, `analyzeTab`, `dbInfo`
 * - extension pages / background → content script (tabs.sendMessage): `analyze`, `highlight`, `clearHighlight`, `ping`
 */
import type { Report } from '../core/report';
import type { CompactData } from '../sources/compact-format';
import type { Runtime } from 'webextension-polyfill';
import { isAnalyzerPart, type AnalyzerPart } from './analyzer-parts';

export type Phase = 'analysing' | 'not-news' | 'done' | 'failed';

/** What the background keeps per tab in storage.session and the popup shows. */
export interface TabState {
  url: string;
  phase: Phase;
  report: Report | null;
  error?: string;
  /** ms since epoch; for ordering and debugging. */
  updated: number;
}

export interface BackgroundRequests {
  pageState: { req: { url: string; phase: Phase; report: Report | null; error?: string }; res: { ok: true } };
  /** The compact source database (custom labels merged), so the content script bundles no data. */
  directory: { req: Record<string, never>; res: CompactData };
  /**
   * Inject one of the analyzer's scripts (the analysis core, src/shared/analyzer-parts.ts; default the first)
   * into the sender's frame; it is too big to ship in every content script.
   */
  loadAnalyzer: { req: { part?: AnalyzerPart }; res: { ok: boolean; error?: string } };
  getTabState: { req: { tabId: number }; res: TabState | null };
  analyzeTab: { req: { tabId: number }; res: { ok: boolean; error?: string } };
  /** The bundled database's version and entries (ids, names), for the options page. */
  dbInfo: { req: Record<string, never>; res: { version: string; count: number; entries: { id: string; name: string }[] } };
}

export interface TabRequests {
  ping: { req: Record<string, never>; res: { ok: true; url: string } };
  analyze: { req: { force: boolean }; res: { ok: boolean } };
  highlight: { req: { sentence: string }; res: { found: boolean; disabled?: boolean } };
  clearHighlight: { req: Record<string, never>; res: { ok: true } };
}

type Req<M, K extends keyof M> = M[K] extends { req: infer R } ? R : never;
type Res<M, K extends keyof M> = M[K] extends { res: infer R } ? R : never;

/** Who may send a request. */
export type SenderKind = 'content' | 'extension-page';

/** Shape checkers: return true only for a payload of exactly the expected fields and types. */
const MAX_STRING = 2_000_000;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown, max = MAX_STRING): v is string => typeof v === 'string' && v.length <= max;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const PHASES: readonly Phase[] = ['analysing', 'not-news', 'done', 'failed'];
const onlyKeys = (o: Record<string, unknown>, keys: string[]): boolean => Object.keys(o).every((k) => keys.includes(k));

/** A report must at least look like report v1; the full contract is validated by the core's own tests. */
export function isReportLike(v: unknown): v is Report {
  if (!isObj(v)) return false;
  return (
    v.schemaVersion === 1 &&
    (v.url === null || isStr(v.url, 4096)) &&
    typeof v.isArticle === 'boolean' &&
    typeof v.isSecurityNews === 'boolean' &&
    isObj(v.article) &&
    (v.publisher === null || isObj(v.publisher)) &&
    Array.isArray(v.attributions) &&
    Array.isArray(v.hedges) &&
    Array.isArray(v.disclaimers) &&
    isObj(v.evidence) &&
    Array.isArray(v.notes)
  );
}

interface Rule {
  from: SenderKind;
  check: (m: Record<string, unknown>) => boolean;
}

const BG_RULES: { [K in keyof BackgroundRequests]: Rule } = {
  pageState: {
    from: 'content',
    check: (m) =>
      onlyKeys(m, ['type', 'credence', 'url', 'phase', 'report', 'error']) &&
      isStr(m.url, 4096) &&
      /^https?:\/\//i.test(m.url) &&
      PHASES.includes(m.phase as Phase) &&
      (m.report === null || isReportLike(m.report)) &&
      (m.error === undefined || isStr(m.error, 500)),
  },
  directory: { from: 'content', check: (m) => onlyKeys(m, ['type', 'credence']) },
  loadAnalyzer: { from: 'content', check: (m) => onlyKeys(m, ['type', 'credence', 'part']) && (m.part === undefined || isAnalyzerPart(m.part)) },
  getTabState: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence', 'tabId']) && isTabId(m.tabId) },
  analyzeTab: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence', 'tabId']) && isTabId(m.tabId) },
  dbInfo: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence']) },
};

const TAB_RULES: { [K in keyof TabRequests]: Rule } = {
  ping: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence']) },
  analyze: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence', 'force']) && typeof m.force === 'boolean' },
  highlight: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence', 'sentence']) && isStr(m.sentence, 5000) && m.sentence.length > 0 },
  clearHighlight: { from: 'extension-page', check: (m) => onlyKeys(m, ['type', 'credence']) },
};

/**
 * Classify a sender. Content-script messages come from a tab of this
 * extension (sender.tab present, sender.id our id). Extension pages and the
 * worker have our id and a URL under our own origin, and no tab of a web page.
 */
export function senderKind(sender: Runtime.MessageSender | undefined, runtimeId: string, ownOrigin: string): SenderKind | null {
  if (!sender || sender.id !== runtimeId) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  const fromOwnPage = ownOrigin.length > 0 && url.startsWith(ownOrigin);
  if (fromOwnPage) return 'extension-page';
  if (sender.tab && typeof sender.tab.id === 'number') return 'content';
  return null;
}

export type Handlers<M> = { [K in keyof M]?: (req: Req<M, K>, sender: Runtime.MessageSender) => Promise<Res<M, K>> | Res<M, K> };

export type Rejection = { rejected: true; reason: string };

/**
 * Validate one incoming message against a rule table; returns the handler's
 * promise, or a rejection. Exported for tests; `handle` wires it to runtime.onMessage.
 */
export function dispatch<M>(
  rules: { [K in keyof M]: Rule },
  handlers: Handlers<M>,
  msg: unknown,
  sender: Runtime.MessageSender | undefined,
  env: { runtimeId: string; ownOrigin: string },
): Promise<unknown> | Rejection {
  if (!isObj(msg) || msg.credence !== 1 || typeof msg.type !== 'string') return { rejected: true, reason: 'not a Credence message' };
  if (!Object.prototype.hasOwnProperty.call(rules, msg.type)) return { rejected: true, reason: 'unknown type' };
  const type = msg.type as keyof M;
  const rule = rules[type];
  const kind = senderKind(sender, env.runtimeId, env.ownOrigin);
  if (kind !== rule.from) return { rejected: true, reason: 'sender not allowed' };
  if (!rule.check(msg)) return { rejected: true, reason: 'bad shape' };
  const h = handlers[type];
  if (!h) return { rejected: true, reason: 'no handler' };
  try {
    return Promise.resolve(h(msg as unknown as Req<M, typeof type>, sender as Runtime.MessageSender));
  } catch (e) {
    return Promise.reject(e);
  }
}

/**
 * The slice of the extension API messaging needs. Background and extension
 * pages pass the polyfilled `browser` (src/shared/messenger.ts); the content
 * script passes a small native adapter (src/content/native-api.ts) so the
 * polyfill stays out of its 50 KB budget.
 */
export type MessageListener = (msg: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
export interface MessagingApi {
  runtime: {
    readonly id: string;
    getURL(path: string): string;
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: { addListener(fn: MessageListener): void; removeListener(fn: MessageListener): void };
  };
  tabs?: { sendMessage(tabId: number, msg: unknown): Promise<unknown> };
}

function unwrap<T>(res: unknown): T {
  if (isObj(res) && res.rejected === true) throw new Error(`Credence message rejected: ${String(res.reason)}`);
  return res as T;
}

export function createMessenger(api: MessagingApi) {
  const env = () => ({ runtimeId: api.runtime.id, ownOrigin: api.runtime.getURL('') });
  function listen<M>(rules: { [K in keyof M]: Rule }, handlers: Handlers<M>): () => void {
    const listener: MessageListener = (msg, sender) => {
      // Not ours (or a broadcast meant for someone else): stay silent so other listeners may answer.
      if (!isObj(msg) || msg.credence !== 1) return undefined;
      const out = dispatch(rules, handlers, msg, sender, env());
      if ('rejected' in out) return Promise.resolve(out);
      return out;
    };
    api.runtime.onMessage.addListener(listener);
    return () => api.runtime.onMessage.removeListener(listener);
  }
  return {
    /** Background: answer requests from content scripts and extension pages. */
    handleBackground: (handlers: Handlers<BackgroundRequests>) => listen(BG_RULES, handlers),
    /** Content script: answer requests from the popup and worker (never from pages). */
    handleTab: (handlers: Handlers<TabRequests>) => listen(TAB_RULES, handlers),
    /** Send a request to the background worker. */
    async send<K extends keyof BackgroundRequests>(type: K, req: Req<BackgroundRequests, K>): Promise<Res<BackgroundRequests, K>> {
      return unwrap(await api.runtime.sendMessage({ ...(req as object), type, credence: 1 }));
    },
    /** Send a request to the content script of a tab. */
    async sendToTab<K extends keyof TabRequests>(tabId: number, type: K, req: Req<TabRequests, K>): Promise<Res<TabRequests, K>> {
      if (!api.tabs) throw new Error('tabs API not available here');
      return unwrap(await api.tabs.sendMessage(tabId, { ...(req as object), type, credence: 1 }));
    },
  };
}

export const BACKGROUND_RULES = BG_RULES;
export const CONTENT_RULES = TAB_RULES;
