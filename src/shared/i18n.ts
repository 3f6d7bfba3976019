/**
 * Every user-facing string comes from _locales through here. Keys are
 * literal at each call site so the locale test can
 * find them. A missing key returns the key itself, never throws.
 */
import browser from './browser';

export function i18n(key: string, subs?: string | string[]): string {
  try {
    const s = browser.i18n.getMessage(key, subs);
    return s || key;
  } catch {
    return key;
  }
}

/** True when the current locale has a message for `key` (notes fall back to their English text otherwise). */
export function hasMessage(key: string): boolean {
  try {
    return /^[A-Za-z0-9_]{1,80}$/.test(key) && browser.i18n.getMessage(key) !== '';
  } catch {
    return false;
  }
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A country name in the UI language from an ISO code ("CN" → "China"); EU and unknown codes pass through. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  if (code === 'EU') return i18n('countryEU');
  try {
    const dn = new Intl.DisplayNames([uiLanguage()], { type: 'region' });
    return dn.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
