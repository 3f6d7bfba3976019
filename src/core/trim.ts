/**
 * Linear-time trims of leading/trailing runs of given characters. A regex such
 * as /[.,;]+$/ or /\/+$/ is quadratic on a long run of those characters that
 * does not reach the end (the engine retries from every start position), so
 * the core and the sources trim with these loops instead.
 */

/** Remove trailing characters found in `chars` (code units; all callers pass BMP punctuation). */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Remove leading characters found in `chars`. */
export function trimStartChars(s: string, chars: string): string {
  let start = 0;
  while (start < s.length && chars.includes(s[start]!)) start++;
  return start === 0 ? s : s.slice(start);
}

/** Remove leading and trailing characters found in `chars`. */
export function trimChars(s: string, chars: string): string {
  return trimEndChars(trimStartChars(s, chars), chars);
}
