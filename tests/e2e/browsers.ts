/**
 * Which browsers the e2e suites can use, and what to do when one is missing:
 * locally the suite is skipped with a loud message and the install command;
 * under CI=true a missing browser is a failure, never a silent pass.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const INSTALL_HINT = 'npm run setup:browsers   (sudo apt-get install -y chromium firefox-esr on Debian/Ubuntu)';

export const isCI = (): boolean => /^(1|true|yes)$/i.test(process.env.CI ?? '');

/**
 * Returns true when the browser binary exists. When it does not: under CI
 * throws (the suite fails); otherwise prints a banner and returns false so the
 * caller skips its suite.
 */
export function browserAvailable(name: string, binary: string): boolean {
  if (existsSync(binary)) return true;
  const msg = `${name} not found at ${binary}. The ${name} end-to-end tests cannot run.\nInstall it with: ${INSTALL_HINT}\n(or set ${name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} to a ${name} binary)`;
  if (isCI()) throw new Error(`CI=true and ${msg}`);
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! SKIPPED: ${msg.replace(/\n/g, '\n!! ')}\n${bar}\n`);
  return false;
}
