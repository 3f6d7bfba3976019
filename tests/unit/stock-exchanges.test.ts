import { describe, expect, it } from 'vitest';
import { isStockExchange, opensTicker, withoutTrailingTicker } from '../../src/core/stock-exchanges';
import { splitSentences } from '../../src/core/sentences';
import { findAttributions } from '../../src/core/attribution';
import { bundledDirectory } from '../../src/sources';

// One list of exchanges for the splitter and the attribution readers (they had three, with different members).
describe('stock exchanges', () => {
  it('knows the exchanges, and "NYSE American" written either way', () => {
    for (const x of ['NYSE', 'Nasdaq', 'NASDAQ', 'SIX', 'TYO', 'KRX', 'HKEX', 'NYSE American', 'NYSEAmerican']) expect(isStockExchange(x), x).toBe(true);
    for (const x of ['Acme', 'NSA', 'CISA', 'American', 'NYSE Americans']) expect(isStockExchange(x), x).toBe(false);
  });
  it('a ticker opens a text only on a listed exchange', () => {
    expect(opensTicker('(NASDAQ: ACME) today')).toBe(true);
    expect(opensTicker('(SIX:ACME)')).toBe(true);
    expect(opensTicker('(NYSE American: ABC)')).toBe(true);
    expect(opensTicker('(CISA: see below)')).toBe(false);
    expect(opensTicker('(Reuters) -')).toBe(false);
  });
  it('drops a ticker and its time word at the end of a text, numeric tickers too', () => {
    expect(withoutTrailingTicker('Corvantis Health, Inc. (NYSE: CVHT) today')).toBe('Corvantis Health, Inc. ');
    expect(withoutTrailingTicker('Hoshino Denki Co. (TYO: 6758) on Monday')).toBe('Hoshino Denki Co. ');
    expect(withoutTrailingTicker('The agency (CISA: AA24-131A)')).toBe('The agency (CISA: AA24-131A)');
    expect(withoutTrailingTicker('Acme (NYSE: ACME) said that')).toBe('Acme (NYSE: ACME) said that');
  });
  it('the splitter goes on after "Inc." before a ticker of any listed exchange', () => {
    const text = 'Veltro Holdings, Inc. (SIX: VELT) today disclosed a ransomware attack on its Zurich plant. Production was halted.';
    const s = splitSentences([{ text, kind: 'p' } as never]);
    expect(s.map((x) => x.text)).toEqual(['Veltro Holdings, Inc. (SIX: VELT) today disclosed a ransomware attack on its Zurich plant.', 'Production was halted.']);
  });
  it('a company given with a numeric ticker speaks, not the ticker', () => {
    const text = 'Hoshino Denki Co. (TYO: 6758) today announced that attackers had encrypted servers at two factories.';
    const s = splitSentences([{ text, kind: 'p' } as never]);
    const a = findAttributions(s, { db: bundledDirectory(), acronyms: [], publisher: null } as never);
    expect(a.map((x) => x.source)).toEqual(['Hoshino Denki Co']);
  });
});
