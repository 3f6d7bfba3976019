/**
 * Turn the bytes of a saved page into HTML text: honour a BOM or a declared
 * charset (non-UTF-8 pages are common in the wild), refuse binary files and
 * files with no markup, with a reason a person can act on.
 */
export class InputError extends Error {}

const MAX_BYTES = 64 * 1024 * 1024;

function sniffCharset(head: string): string | null {
  // Look inside each <meta …> tag (bounded) rather than with one regex spanning
  // tags, which would backtrack over long runs of "<meta".
  const lower = head.toLowerCase();
  for (let i = lower.indexOf('<meta'); i >= 0; i = lower.indexOf('<meta', i + 5)) {
    const end = lower.indexOf('>', i);
    const tag = lower.slice(i, end < 0 ? i + 400 : Math.min(end, i + 400));
    const m = /charset\s*=\s*["']?([a-z0-9_:.-]{1,40})/.exec(tag);
    if (m) return m[1]!;
  }
  return null;
}

const SNIFF_BYTES = 256 * 1024;

/** Language of the page as declared by <html lang>, lower-cased primary subtag. */
function declaredLang(head: string): string | null {
  const i = head.toLowerCase().indexOf('<html');
  if (i < 0) return null;
  const tag = head.slice(i, i + 300);
  const m = /\slang\s*=\s*["']?([a-z]{2,3})/i.exec(tag);
  return m ? m[1]!.toLowerCase() : null;
}

const BY_LANG: Record<string, string> = {
  ru: 'windows-1251', uk: 'windows-1251', be: 'windows-1251', bg: 'windows-1251', sr: 'windows-1251', mk: 'windows-1251', kk: 'windows-1251',
  ja: 'shift_jis', zh: 'gbk', ko: 'euc-kr', el: 'windows-1253', tr: 'windows-1254', he: 'windows-1255', ar: 'windows-1256',
  en: 'windows-1252', fr: 'windows-1252', de: 'windows-1252', es: 'windows-1252', it: 'windows-1252', pt: 'windows-1252', nl: 'windows-1252',
  da: 'windows-1252', sv: 'windows-1252', no: 'windows-1252', nb: 'windows-1252', fi: 'windows-1252', is: 'windows-1252', ca: 'windows-1252',
  pl: 'windows-1250', cs: 'windows-1250', sk: 'windows-1250', hu: 'windows-1250', ro: 'windows-1250', hr: 'windows-1250', sl: 'windows-1250',
};

interface Candidate {
  encoding: string;
  /** Is this a character the encoding's languages use a lot? */
  good: (c: number) => boolean;
  /** Multi-byte CJK encodings produce long runs without spaces; single-byte ones short words. */
  cjk: boolean;
  /** Plausible mean length of a run of non-ASCII characters (Cyrillic words vs. isolated accents). */
  run: [number, number];
}

const isHan = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const isCjkPunct = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60);
const CANDIDATES: Candidate[] = [
  { encoding: 'shift_jis', cjk: true, run: [4, Infinity], good: (c) => (c >= 0x3040 && c <= 0x30ff) || isHan(c) || isCjkPunct(c) },
  { encoding: 'gbk', cjk: true, run: [4, Infinity], good: (c) => isHan(c) || isCjkPunct(c) },
  { encoding: 'euc-kr', cjk: true, run: [2, Infinity], good: (c) => (c >= 0xac00 && c <= 0xd7af) || isCjkPunct(c) },
  { encoding: 'windows-1251', cjk: false, run: [2, 15], good: (c) => c >= 0x0410 && c <= 0x044f },
  { encoding: 'windows-1252', cjk: false, run: [1, 3], good: (c) => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0xa0 || c === 0xab || c === 0xbb },
];

/**
 * Guess the encoding of a page that declares none (no BOM, no meta charset):
 * valid UTF-8 is UTF-8; otherwise the declared language picks the legacy
 * encoding, else each candidate decoding is scored by how much of its
 * non-ASCII text is made of the characters that encoding is used for, and by
 * word shape (CJK text runs long without spaces, alphabetic text in words).
 * Bounded: looks at the first 256 KB.
 */
export function sniffEncoding(bytes: Uint8Array, head = ''): string {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return 'utf-8';
  } catch {
    /* not UTF-8 */
  }
  const lang = declaredLang(head);
  if (lang && BY_LANG[lang]) {
    try {
      new TextDecoder(BY_LANG[lang]!, { fatal: true }).decode(sample, { stream: true });
      return BY_LANG[lang]!;
    } catch {
      /* the declared language does not fit the bytes: score below */
    }
  }
  let best = 'windows-1252';
  let bestScore = -Infinity;
  for (const cand of CANDIDATES) {
    let text: string;
    try {
      text = new TextDecoder(cand.encoding, { fatal: true }).decode(sample, { stream: true });
    } catch {
      continue;
    }
    let nonAscii = 0;
    let good = 0;
    let runs = 0;
    let inRun = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        inRun = false;
        continue;
      }
      nonAscii++;
      if (cand.good(c)) good++;
      if (!inRun) runs++;
      inRun = true;
    }
    if (nonAscii === 0) continue;
    const meanRun = nonAscii / runs;
    let score = good / nonAscii;
    if (meanRun < cand.run[0] || meanRun > cand.run[1]) score -= 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = cand.encoding;
    }
  }
  return best;
}

export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('empty file');
  if (bytes.length > MAX_BYTES) throw new InputError(`file too large (${Math.round(bytes.length / 1048576)} MB, limit 64 MB)`);
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  else {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = sniffCharset(head);
    let known: string | null = null;
    if (declared) {
      try {
        known = new TextDecoder(declared).encoding;
      } catch {
        /* unknown label: sniff below */
      }
    }
    // As browsers do: a <meta> claiming UTF-16 in a byte-oriented file means UTF-8.
    if (known && /^utf-16/.test(known)) known = 'utf-8';
    encoding = known ?? sniffEncoding(bytes, head);
    // NUL bytes in a non-UTF-16 file mean binary data, not a page.
    const probe = bytes.subarray(0, 8192);
    let nul = 0;
    for (const b of probe) if (b === 0) nul++;
    if (nul > 0) throw new InputError('not an HTML file (binary data)');
  }
  let text: string;
  try {
    text = new TextDecoder(encoding).decode(bytes.subarray(start));
  } catch {
    text = new TextDecoder('utf-8').decode(bytes.subarray(start));
  }
  if (!/<\s*(?:!doctype|html|head|body|p|div|article|title|main|meta)\b/i.test(text.slice(0, 65536))) {
    throw new InputError('not an HTML file (no HTML markup found)');
  }
  return text;
}
