/**
 * intl8: the core's Node entry (src/core/index.ts) registers the non-English
 * cue pass; tests that import a module such as attribution.ts or hedges.ts
 * directly get it here, as every Node caller of the core does. The fallback
 * without it is tested in tests/unit/intl-cues.test.ts (which unregisters it).
 */
import '../src/core/intl';
