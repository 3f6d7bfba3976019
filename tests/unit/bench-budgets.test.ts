import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets } from '../../scripts/build';

describe('bundle size budgets (issue 7)', () => {
  it('sets content ≤ 50 KB and popup/options ≤ 60 KB', () => {
    expect(BUDGETS['content.js']).toBe(50 * 1024);
    expect(BUDGETS['popup.js']).toBe(60 * 1024);
    expect(BUDGETS['options.js']).toBe(60 * 1024);
  });

  it('flags each bundle over its budget, and only those', () => {
    const lines = checkBudgets({ 'content.js': 50 * 1024 + 1, 'popup.js': 60 * 1024, 'options.js': 70_000, 'background.js': 1e7 });
    const over = Object.fromEntries(lines.map((l) => [l.file, l.over]));
    expect(over).toEqual({ 'content.js': true, 'popup.js': false, 'options.js': true, 'background.js': false });
    expect(lines.find((l) => l.file === 'background.js')!.budget).toBeUndefined();
  });

  it('uses the budgets it is given', () => {
    expect(checkBudgets({ 'a.js': 11 }, { 'a.js': 10 })[0]!.over).toBe(true);
    expect(checkBudgets({ 'a.js': 10 }, { 'a.js': 10 })[0]!.over).toBe(false);
  });
});
