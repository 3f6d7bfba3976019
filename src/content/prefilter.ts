/**
 * The content script's first look: "could this page be security news?",
 * from what is cheap to read — the URL, the title and head metadata, and the
 * first few paragraphs — with no body extraction. Built for recall: it says
 * "no" only after reading a fair amount of running text without one security
 * term; the full detection in the analyzer then decides for the report.
 */
export interface Prefilter {
  maybe: boolean;
  reasons: string[];
}

// Stems of security vocabulary in the languages the full detector knows. One alternation, built once; linear.
const TERMS =
  /cyber|hack|ransom|malware|phish|exploit|vulnerab|zero-day|0-day|breach|backdoor|botnet|trojan|spyware|espionage|infosec|\bcve-\d|\bapt\d|ddos|intrusion|threat actor|data leak|patch tuesday|cyberangriff|sicherheitslücke|schadsoftware|piratage|rançongiciel|logiciel malveillant|ciberataque|vulnerabilidad|attacco informatico|ataque hacker|кибер|хакер|уязвим|вредонос|网络攻击|黑客|勒索|漏洞|恶意软件|网络安全|サイバー|ハッカー|脆弱性|ランサム|해킹|랜섬웨어/i;

const MAX_PARAGRAPHS = 12;
const DECIDE_CHARS = 1_200;
const MAX_CHARS = 4_000;

function meta(doc: Document, sel: string): string {
  return doc.querySelector(sel)?.getAttribute('content') ?? '';
}

export function prefilter(doc: Document, url: string): Prefilter {
  const head = [
    url,
    doc.title,
    meta(doc, 'meta[property="og:title"]'),
    meta(doc, 'meta[name="description"]'),
    meta(doc, 'meta[property="article:section"]'),
    meta(doc, 'meta[name="keywords"]'),
    doc.querySelector('h1')?.textContent ?? '',
  ]
    .join(' ')
    .slice(0, MAX_CHARS);
  if (TERMS.test(head)) return { maybe: true, reasons: [] };
  let chars = 0;
  const ps = doc.getElementsByTagName('p');
  const n = Math.min(ps.length, MAX_PARAGRAPHS * 4);
  let read = 0;
  for (let i = 0; i < n && read < MAX_PARAGRAPHS && chars < MAX_CHARS; i++) {
    const t = ps[i]!.textContent ?? '';
    if (t.length < 40) continue;
    read++;
    chars += t.length;
    if (TERMS.test(t.slice(0, 2_000))) return { maybe: true, reasons: [] };
  }
  // Too little running text to judge cheaply (script-built pages, <br>-separated text): let the analyzer decide.
  if (chars < DECIDE_CHARS) return { maybe: true, reasons: [] };
  return { maybe: false, reasons: ['No security topic in the headline or the opening paragraphs'] };
}
