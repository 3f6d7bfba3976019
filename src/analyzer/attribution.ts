/**
 * analyzer-attribution.js: the second analyzer script, the largest text
 * module (attribution, with its cue tables and source kinds). It exports
 * nothing of its own: the build registers its modules for analyzer-text.js,
 * which runs them (scripts/build.ts).
 */
import '../core/attribution';
