/**
 * Stock exchanges a company's ticker is given on in news and press releases: "Acme Holdings, Inc. (NASDAQ: ACME)
 * today announced". One list for the sentence splitter (a ticker after "Inc." goes on with the sentence) and the
 * attribution readers (the ticker is no name; an exchange is no company).
 */
const EXCHANGES: ReadonlySet<string> = new Set([
  'NYSE', 'NYSE American', 'Nasdaq', 'NASDAQ', 'AMEX', 'LSE', 'TSX', 'TSXV', 'ASX', 'OTC', 'OTCQX', 'OTCQB', 'Euronext', 'SIX',
  'XETRA', 'HKEX', 'TYO', 'KRX',
]);

/** Whether `name` is a stock exchange of the list ("NYSEAmerican" as "NYSE American"). */
export function isStockExchange(name: string): boolean {
  return EXCHANGES.has(name) || EXCHANGES.has(name.replace(/^NYSE\s?American$/, 'NYSE American'));
}

/** "(NASDAQ:" at the start of a text: the exchange's name is checked against the list. */
const OPENS = /^\(([A-Z][A-Za-z]{1,8}(?:\s?American)?)\s?:/;

/** Whether `text` starts with a ticker's "(EXCHANGE:". */
export function opensTicker(text: string): boolean {
  const m = OPENS.exec(text);
  return !!m && isStockExchange(m[1]!);
}

/** "(NYSE: CVHT)", "(TYO: 6758)" closing a text, with a time word after it ("today", "on Monday", "this week"). */
const AT_END = /\(([A-Z][A-Za-z]{1,8}(?:\s?American)?)\s?:\s?[A-Z0-9][A-Z0-9.]{0,7}\)(?:\s+(?:today|yesterday|on\s+\p{Lu}\p{Ll}{2,8}|this\s+(?:morning|week)))?$/u;

/** `text` without a ticker (and its time word) at its end; unchanged when it has none. */
export function withoutTrailingTicker(text: string): string {
  const m = AT_END.exec(text);
  return m && isStockExchange(m[1]!) ? text.slice(0, m.index) : text;
}
