import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import { METADATA_REGEXES } from '../../src/core/metadata';
import { ARTICLE_REGEXES } from '../../src/core/detect-article';
import { VOCABULARY_REGEXES } from '../../src/core/security-vocabulary';

/** Every pattern of detection and metadata must run in linear time (recheck's static + fuzz analysis). */
describe('detection and metadata regexes are linear-time', () => {
  for (const re of [...METADATA_REGEXES, ...ARTICLE_REGEXES, ...VOCABULARY_REGEXES]) {
    it(re.source.slice(0, 60), async () => {
      const r = await check(re.source, re.flags, { timeout: 20_000 });
      expect(r.status, `${re.source}: ${r.status}`).toBe('safe');
    });
  }
});
