/** Shared assertions for the browser suites. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

let axeSource: string | null = null;

interface AxeResultLite {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Run axe-core on a page (WCAG 2.x A/AA + best practices, or only the given
 * rules); returns readable violations. axe is injected once per document with
 * evaluate (extension pages' CSP blocks script tags, not CDP evaluation).
 */
export async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options = only
    ? { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] }
    : { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] };
  const res = (await page.evaluate(
    (o) => (window as unknown as { axe: { run(ctx: Document, o: unknown): Promise<unknown> } }).axe.run(document, o),
    options,
  )) as AxeResultLite;
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

/** Press Tab `count` times from the top of the page; returns what received focus, in order. */
export async function tabThrough(page: Page, count: number): Promise<Focusable[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __focusLog?: { tag: string; name: string }[] };
    w.__focusLog = [];
    (document.activeElement as HTMLElement | null)?.blur();
    document.addEventListener(
      'focusin',
      (e) => {
        const el = e.target as HTMLElement;
        w.__focusLog!.push({ tag: el.tagName.toLowerCase(), name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80) });
      },
      true,
    );
  });
  for (let i = 0; i < count; i++) await page.keyboard.press('Tab');
  return page.evaluate(() => (window as unknown as { __focusLog: Focusable[] }).__focusLog);
}
