/** Linear-time string trimming helpers (regexes like /[x]+$/ are quadratic on long runs). */

/** Drop characters in `chars` from the end of `s`. */
export function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  return s.slice(0, e);
}

/** Drop characters in `chars` from the start of `s`. */
export function trimStartChars(s: string, chars: string): string {
  let b = 0;
  while (b < s.length && chars.includes(s[b]!)) b++;
  return s.slice(b);
}

/** Drop a trailing parenthesised part: "Jane Roe (Mandiant)" → "Jane Roe". */
export function dropTrailingParen(s: string): string {
  const t = s.trimEnd();
  if (!t.endsWith(')')) return s;
  const i = t.lastIndexOf('(');
  return i < 0 ? s : t.slice(0, i).trimEnd();
}
