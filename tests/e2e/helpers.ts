/** Shared assertions for the browser suites. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** Run axe-core on a page (WCAG 2.x A/AA + best practices); returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const res = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return res.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

export interface Focusable {
  tag: string;
  name: string;
}

/** Every element a keyboard user should reach, in DOM order (visible and enabled). */
export function listFocusables(page: Page): Promise<Focusable[]> {
  return page.evaluate(() => {
    const sel = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(sel)]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)'))
      .map((el) => ({ tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80) }));
  });
}

/** Press Tab until focus comes back round; returns what received focus, in order. */
export async function tabThrough(page: Page, max = 200): Promise<Focusable[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.focus();
  });
  const seen: Focusable[] = [];
  const keys = new Set<string>();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const all = [...document.querySelectorAll('*')];
      return { tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80), idx: all.indexOf(el) };
    });
    if (!f) {
      if (seen.length) break; // focus left the document: one full round
      continue;
    }
    const key = `${f.idx}`;
    if (keys.has(key)) break;
    keys.add(key);
    seen.push({ tag: f.tag, name: f.name });
  }
  return seen;
}
