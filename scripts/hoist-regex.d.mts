import type { Plugin } from 'esbuild';

/** Files the plugin rewrites (the analysis core). */
export declare const HOIST_FILTER: RegExp;
/** `source` with its in-function regex literals (without g or y) as module-level constants. */
export declare function hoistRegexLiterals(source: string, fileName?: string): string;
/** The esbuild plugin applying `hoistRegexLiterals` to the files `filter` matches. */
export declare function hoistRegexPlugin(filter?: RegExp): Plugin;
