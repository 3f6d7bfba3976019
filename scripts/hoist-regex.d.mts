import type { Plugin } from 'esbuild';

/** Files the plugin rewrites (the analysis core). */
export declare const HOIST_FILTER: RegExp;
/** `source` with its in-function regex literals (without g or y) as module-level constants. */
export declare function hoistRegexLiterals(source: string, fileName?: string, shared?: Map<string, string>): string;
/** The esbuild plugin applying `hoistRegexLiterals` to the files `filter` matches. */
export declare function hoistRegexPlugin(filter?: RegExp): Plugin;
/** The import specifier of the module holding the literal texts several core files share. */
export declare const SHARED_MODULE: string;
/** Literal texts (in-function, without g or y) that more than one of `sources` (`[fileName, source]`) writes: text → constant name. */
export declare function sharedRegexTexts(sources: Iterable<readonly [string, string]>): Map<string, string>;
