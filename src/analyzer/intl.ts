/**
 * analyzer-intl.js: the non-English cue and hedge tables, injected after the
 * other analyzer scripts and only when the analysis of a page asks for them
 * (src/core/intl-cues.ts). Loading it registers them with the core, whose
 * modules come from the earlier scripts (scripts/build.ts).
 */
import '../core/intl';
