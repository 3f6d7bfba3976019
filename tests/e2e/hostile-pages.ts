/**
 * Hostile fixture pages for the real-browser suite (tests/e2e/hostile.e2e.test.ts),
 * written by the team: fictional security-news articles (so the analysis runs
 * and the popup shows their strings) whose titles, bylines, source names,
 * quotes, hedges, disclaimers and links carry script payloads, plus pages
 * that try to talk to the extension or confuse its content script.
 *
 * Every payload, if it ever ran, would set `window.__pwned` and request a
 * URL under /trap/ on the local server; the server logs every request, so
 * the suite can assert that none happened.
 *
 * A local server serves them (startHostileServer): /<name>.html, a CSP that
 * allows the pages' own inline scripts (they must run: some attacks are
 * scripts) and nothing from elsewhere.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Escape text for an HTML text node or attribute: payloads reach the page as text, not markup. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Payloads that would run if any extension surface put page text into markup. */
export function payloads(trap: string): string[] {
  const run = (tag: string) => `window.__pwned=(window.__pwned||0)+1;fetch('${trap}/${tag}')`;
  return [
    `<img src=x onerror="${run('img-onerror')}">`,
    `<img src="${trap}/img-src">`,
    `<script>${run('script')}</script>`,
    `"><svg onload="${run('svg-onload')}">`,
    `'><iframe src="javascript:${run('iframe')}"></iframe>`,
    `<a href="javascript:${run('a-href')}">x</a>`,
    `{{constructor.constructor('${run('template')}')()}}`,
    `\${${run('template-literal')}}`,
    `{"type":"img","props":{"src":"x","onError":"${run('preact-props')}","dangerouslySetInnerHTML":{"__html":"<img src=x onerror=${run('preact-html')}>"}},"__v":1,"constructor":undefined}`,
    `<style>@import url('${trap}/css-import');</style>`,
    `<object data="${trap}/object"></object><embed src="${trap}/embed">`,
  ];
}

const BIDI = '\u202e\u2066\u2067\u2068\u202a\u202b\u202d';
const ZW = '\u200b\u200c\u200d\u2060\ufeff';

function page(o: { title: string; site: string; author: string; headScript?: string; body: string; lang?: string }): string {
  return `<!doctype html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<title>${esc(o.title)}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="${esc(o.site)}">
<meta property="og:title" content="${esc(o.title)}">
<meta property="article:published_time" content="2026-05-04T09:00:00+00:00">
<meta name="author" content="${esc(o.author)}">
${o.headScript ? `<script>${o.headScript}</script>` : ''}
</head>
<body>
${o.body}
</body>
</html>`;
}

/** Article text in the team's own words: a fictional breach, sourced through a state outlet, with hedges and a disclaimer. */
function article(p: string[], links: string): string {
  const [p0, p1, p2, p3, p4, p5] = p.map(esc);
  return `<header><a href="/">Home</a></header>
<main>
<article>
<h1>${p0}</h1>
<p class="byline">By ${p1} · <time datetime="2026-05-04">4 May 2026</time></p>
<p>According to a report by the Global Times, a state-affiliated media outlet in China, hackers allegedly broke into the ticketing systems of a regional rail operator and purportedly stole passenger records. ${p2}</p>
<p>Officials at the Ministry of State Security said the intrusion was a cyberattack by a foreign intelligence service, and warned that ransomware may have been used to cover the theft of data. ${p3}</p>
<p>The operator confirmed a cyber incident but declined to comment on the malware or on who was behind the breach, and no indicator of compromise has been made public.</p>
<p>Bluefin Security said the attackers reportedly exploited a vulnerability in a remote-access gateway, according to people familiar with the investigation. ${p4}</p>
<p>Read the advisory ${links}.</p>
<p class="disclaimer"><em>Disclaimer: This article draws on public reports. The publisher assumes no liability for the accuracy of third-party claims. ${p5}</em></p>
</article>
</main>
<footer><p>A fictional test publication.</p></footer>`;
}

export interface HostilePage {
  name: string;
  html: string;
  /** Strings the popup must show as text (not markup) when it renders this page's report. */
  expectText: string[];
}

export function hostilePages(origin: string): HostilePage[] {
  const trap = `${origin}/trap`;
  const P = payloads(trap);
  const run = (tag: string) => `window.__pwned=(window.__pwned||0)+1;fetch('${trap}/${tag}')`;
  const badLinks = [
    `<a href="javascript:${esc(run('link-js'))}">here</a>`,
    `<a href=" JaVaScRiPt:${esc(run('link-js2'))}">there</a>`,
    `<a href="data:text/html,${esc(`<script>${run('link-data')}</script>`)}">in full</a>`,
    `<a href="vbscript:msgbox(1)">as a file</a>`,
    `<a href="${origin}/linked/advisory">on the agency site</a>`,
    `<a href="https://cisa.example/advisories/aa26-001&quot;&gt;&lt;img src=x onerror=${esc(run('link-attr'))}&gt;">at CISA</a>`,
  ].join(', ');

  const markup: HostilePage = {
    name: 'hostile-markup',
    html: page({
      title: `Rail ticketing breach blamed on foreign spies ${P[0]}`,
      site: `Packet Courier ${P[3]}`,
      author: `Staff ${P[2]}`,
      body: article(
        [
          `Rail ticketing breach blamed on foreign spies ${P[0]}`,
          `Dana Ortiz ${P[3]}`,
          `The outlet quoted an engineer as saying: “${P[2]} was found in the logs.”`,
          `A spokesperson wrote ${P[6]} and ${P[7]} in a statement.`,
          `Analysts at Bluefin Security ${P[1]}`,
          `The information is provided for reference purposes only ${P[8]} ${P[5]}`,
        ],
        badLinks,
      ),
    }),
    expectText: ['Rail ticketing breach blamed on foreign spies <img src=x onerror='],
  };

  const long = 'Q'.repeat(10_000);
  const bidi: HostilePage = {
    name: 'hostile-bidi',
    html: page({
      title: `Water utility ${BIDI}breach${ZW} reported ${'T'.repeat(10_000)}`,
      site: `Byte${ZW}Gazette${BIDI}`,
      author: `A${'u'.repeat(10_000)}`,
      body: article(
        [
          `Water utility breach ${BIDI}reported${ZW}`,
          `Mo${ZW}rgan ${BIDI}Lee`,
          `According to ${long} Agency, the hackers allegedly used a zero-day. According to Gl${ZW}obal Ti${BIDI}mes, the data was stolen.`,
          `${'Very '.repeat(2000)}long quote: “${'word '.repeat(3000)}” the agency said.`,
          `Rese${ZW}archers at Nor${BIDI}dic${ZW} Threat Lab ${long}`,
          `${ZW.repeat(500)}${BIDI.repeat(300)}`,
        ],
        `<a href="https://example.org/${'p'.repeat(9000)}">here</a>`,
      ),
    }),
    expectText: [],
  };

  // Pages that try to talk to, or confuse, the extension from the page's main world.
  const attack = `
(function () {
  var ext = new URLSearchParams(location.search).get('ext') || '';
  window.__talk = [];
  var note = function (k, v) { try { window.__talk.push(k + ': ' + String(v).slice(0, 120)); } catch (e) {} };
  var shapes = [
    { type: 'highlight', credence: 1, sentence: 'hackers allegedly broke into' },
    { type: 'analyze', credence: 1, force: true },
    { type: 'clearHighlight', credence: 1 },
    { type: 'ping', credence: 1 },
    { type: 'pageState', credence: 1, url: 'https://evil.example/', phase: 'done', report: null },
    { type: 'getTabState', credence: 1, tabId: 1 },
    { type: 'analyzeTab', credence: 1, tabId: 1 },
    { type: 'loadAnalyzer', credence: 1 },
    { type: 'directory', credence: 1 },
  ];
  shapes.forEach(function (m) { window.postMessage(m, '*'); window.postMessage(JSON.stringify(m), '*'); });
  ['credence', 'credence:highlight', 'message', 'highlight'].forEach(function (n) {
    document.dispatchEvent(new CustomEvent(n, { detail: shapes[0], bubbles: true }));
    window.dispatchEvent(new CustomEvent(n, { detail: shapes[1] }));
  });
  try {
    var rt = window.chrome && window.chrome.runtime;
    note('chrome.runtime', rt ? Object.keys(rt).join(',') : 'absent');
    if (rt && rt.sendMessage) shapes.forEach(function (m) { try { rt.sendMessage(ext, m, function (r) { note('reply', JSON.stringify(r)); }); } catch (e) { note('sendMessage threw', e && e.message); } });
    if (rt && rt.connect) { try { rt.connect(ext); note('connect', 'returned'); } catch (e) { note('connect threw', e && e.message); } }
  } catch (e) { note('runtime', e && e.message); }
  try { note('browser', typeof window.browser); } catch (e) {}
  // Poison the main world's built-ins: the content script's isolated world must not see any of this.
  var boom = function () { window.__poisonCalls = (window.__poisonCalls || 0) + 1; throw new Error('poisoned'); };
  Array.prototype.map = boom; Array.prototype.filter = boom; Array.prototype.forEach = boom; Array.prototype.push = boom;
  JSON.parse = boom; JSON.stringify = boom;
  String.prototype.replace = boom; String.prototype.split = boom; String.prototype.trim = boom;
  RegExp.prototype.exec = boom; RegExp.prototype.test = boom;
  Element.prototype.closest = boom; Element.prototype.querySelectorAll = boom; Element.prototype.getAttribute = boom;
  Document.prototype.querySelectorAll = boom; Document.prototype.createTreeWalker = boom; Document.prototype.createRange = boom;
  Node.prototype.contains = boom; Object.keys = boom; Promise.prototype.then = boom;
  Object.defineProperty(Object.prototype, 'credence', { get: function () { window.__pwned = (window.__pwned || 0) + 1; return 1; }, configurable: true });
  Object.defineProperty(Object.prototype, 'sentence', { get: function () { window.__pwned = (window.__pwned || 0) + 1; return 'x'; }, configurable: true });
  window.requestIdleCallback = boom; window.setTimeout = boom; window.fetch = boom;
  window.CSS = { highlights: { set: boom, delete: boom, get: boom } }; window.Highlight = boom;
})();`;
  const clobber = [
    '<form id="document"><input name="body"></form>',
    '<a id="scrollTo" href="#"></a><a id="scrollIntoView" href="#"></a>',
    '<img name="body"><img name="documentElement"><img name="title"><img name="querySelectorAll"><img name="querySelector">',
    '<form name="createTreeWalker"></form><form name="createRange"></form><form name="getSelection"></form><img name="adoptedStyleSheets">',
    '<a id="CSS"></a><a id="Highlight"></a><a id="chrome"></a><a id="browser"></a><a id="location"></a><a id="requestIdleCallback"></a>',
    '<a id="__credenceContentLoaded"></a><a id="__credenceOnDemand"></a><a id="credenceAnalyzer"></a>',
    '<form id="defaultView"></form><img name="head"><img name="forms"><img name="links">',
  ].join('\n');
  const talk: HostilePage = {
    name: 'hostile-talk',
    html: page({
      title: 'Rail operator confirms ticketing breach | Packet Courier',
      site: 'Packet Courier',
      author: 'Dana Ortiz',
      headScript: attack,
      body: article(['Rail operator confirms ticketing breach', 'Dana Ortiz', '', '', 'Analysts at Bluefin Security', ''], '<a href="https://cisa.example/advisories/aa26-001">at CISA</a>'),
    }),
    expectText: [],
  };
  const clobbered: HostilePage = {
    name: 'hostile-clobber',
    html: page({
      title: 'Rail operator confirms ticketing breach | Packet Courier',
      site: 'Packet Courier',
      author: 'Dana Ortiz',
      body: clobber + article(['Rail operator confirms ticketing breach', 'Dana Ortiz', '', '', 'Analysts at Bluefin Security', ''], '<a href="https://cisa.example/advisories/aa26-001">at CISA</a>'),
    }),
    expectText: [],
  };
  return [markup, bidi, talk, clobbered];
}

export interface HostileServer {
  origin: string;
  url(p: string): string;
  /** Every request received, "METHOD /path?query". */
  requests: string[];
  /** Requests for anything under /trap/ (a payload ran) or /linked/ (a link was followed). */
  trapped(): string[];
  close(): Promise<void>;
}

/** Serve the hostile pages on 127.0.0.1 (ephemeral port) and log every request. */
export async function startHostileServer(): Promise<HostileServer> {
  const requests: string[] = [];
  let pages = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(`${req.method} ${url.pathname}${url.search}`);
    const html = pages.get(url.pathname.replace(/^\//, '').replace(/\.html$/, ''));
    res.writeHead(html ? 200 : 404, {
      'content-type': html ? 'text/html; charset=utf-8' : 'text/plain',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src 'self'; connect-src 'self'",
    });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages = new Map(hostilePages(origin).map((p) => [p.name, p.html]));
  return {
    origin,
    url: (p) => origin + (p.startsWith('/') ? p : '/' + p),
    requests,
    trapped: () => requests.filter((r) => / \/(trap|linked)\//.test(r)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
