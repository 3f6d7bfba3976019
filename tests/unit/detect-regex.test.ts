import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { METADATA_REGEXES } from '../../src/core/metadata';
import { ARTICLE_REGEXES } from '../../src/core/detect-article';
import { cjkPatternForTest, VOCABULARY_REGEXES } from '../../src/core/security-vocabulary';

// Verdicts already committed by the hardening suite (tests/hardening/regex-verdicts.json, keyed by a hash of flags and
// source) settle a pattern without a live recheck: its fuzzing has a time limit, and on a loaded machine a live run
// could time out to "unknown" and fail for no fault of the pattern.
const COMMITTED = (JSON.parse(readFileSync(path.resolve(__dirname, '../hardening/regex-verdicts.json'), 'utf8')) as { verdicts: Record<string, { status: string }> }).verdicts;
const keyOf = (re: RegExp) => createHash('sha256').update(`${re.flags}\u0000${re.source}`).digest('hex').slice(0, 32);

/** Every pattern of detection and metadata must run in linear time (recheck's static + fuzz analysis). */
describe('detection and metadata regexes are linear-time', () => {
  for (const re of [...METADATA_REGEXES, ...ARTICLE_REGEXES, ...VOCABULARY_REGEXES, cjkPatternForTest()]) {
    it(re.source.slice(0, 60), async () => {
      const known = COMMITTED[keyOf(re)]?.status;
      const status = known ?? (await check(re.source, re.flags, { timeout: 20_000 })).status;
      expect(status, `${re.source}: ${status}`).toBe('safe');
    }, 60_000);
  }
});
