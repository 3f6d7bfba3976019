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
    if (declared) {
      try {
        new TextDecoder(declared);
        encoding = declared;
      } catch {
        /* unknown label: fall back to UTF-8 */
      }
    }
    // NUL bytes in a non-UTF-16 file mean binary data, not a page.
    const probe = bytes.subarray(0, 8192);
    let nul = 0;
    for (const b of probe) if (b === 0) nul++;
    if (nul > 0) throw new InputError('not an HTML file (binary data)');
  }
  const text = new TextDecoder(encoding).decode(bytes.subarray(start));
  if (!/<\s*(?:!doctype|html|head|body|p|div|article|title|main|meta)\b/i.test(text.slice(0, 65536))) {
    throw new InputError('not an HTML file (no HTML markup found)');
  }
  return text;
}
