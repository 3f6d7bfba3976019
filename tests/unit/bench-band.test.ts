/**
 * The browser bench's 200 KB band: page selection, the source-map reader that names the minified build's
 * frames, the split of a profile by stage, thread CPU shared out by samples, and the summaries. No browser
 * and no timing: hand-made profiles and traces.
 */
import * as esbuild from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BAND_HI, BAND_LO, classifyProfile, inBand, summarizeBand, taskGaps, threadCpu, threadCpuBySteps, type BandVisit, type FrameResolver, type TimedSample, type VisitProfile } from '../../scripts/bench/band';
import { mainThreadCpu } from '../../scripts/bench/browser-band';
import type { CpuProfile, TraceEvent } from '../../scripts/bench/browser';
import { decodeMappings, resolver, type SourceMapV3 } from '../../scripts/bench/source-map';

describe('band selection', () => {
  it('keeps the pages of 150–250 KB, both ends included, in order', () => {
    const pages = [
      { f: 'a', bytes: BAND_LO - 1 },
      { f: 'b', bytes: BAND_LO },
      { f: 'c', bytes: 200 * 1024 },
      { f: 'd', bytes: BAND_HI },
      { f: 'e', bytes: BAND_HI + 1 },
      { f: 'f', bytes: 160 * 1024 },
    ];
    expect(inBand(pages).map((p) => p.f)).toEqual(['b', 'c', 'd', 'f']);
    expect(inBand(pages, 0, 10)).toEqual([]);
  });
});

describe('source maps', () => {
  it('decodes VLQ segments, relative fields made absolute', () => {
    // Line 0: col 0 → src 0 line 0 col 0; col 2 → line 0 col 4 (named 0). Line 1: col 1 → line 1 col 0.
    expect(decodeMappings('AAAA,EAAIA;CACJ')).toEqual([[[0, 0, 0, 0], [2, 0, 0, 4, 0]], [[1, 0, 1, 0]]]);
    // A negative delta: "D" is -1.
    expect(decodeMappings('AAEA,CADA')).toEqual([[[0, 0, 2, 0], [1, 0, 1, 0]]]);
    expect(() => decodeMappings('A!')).toThrow();
  });

  it('names the functions of a minified build from where V8 says they start', async () => {
    const src = [
      'export function countVowels(text: string): number { let n = 0; for (const c of text) if ("aeiou".includes(c)) n++; return n; }',
      'export const shout = (text: string): string => text.toUpperCase() + "!";',
      'export function* stepsOf(text: string) { yield countVowels(text); yield shout(text); }',
      '(globalThis as unknown as { go: () => void }).go = () => { for (const _ of stepsOf("hello")); };',
    ].join('\n');
    const r = await esbuild.build({ stdin: { contents: src, loader: 'ts', sourcefile: 'src/core/demo.ts' }, bundle: true, minify: true, format: 'iife', sourcemap: 'external', write: false, outdir: 'out', logLevel: 'silent' });
    const js = r.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    const map = JSON.parse(r.outputFiles.find((f) => f.path.endsWith('.map'))!.text) as SourceMapV3;
    const R = resolver(map);
    expect(js.split('\n').filter(Boolean)).toHaveLength(1); // everything on line 0
    // A declaration starts at its parameter list; an arrow at its first parameter.
    const decl = /function (\w+)\(/.exec(js)!;
    expect(R.fn(0, decl.index + decl[0].length - 1)).toMatchObject({ source: 'src/core/demo.ts', line: 0, name: 'countVowels' });
    const gen = /function\*(\w+)\(/.exec(js)!;
    expect(R.fn(0, gen.index + gen[0].length - 1)).toMatchObject({ line: 2, name: 'stepsOf' });
    const arrow = /(\w+)=(\w+)=>\2\.toUpperCase/.exec(js)!;
    expect(R.fn(0, arrow.index + arrow[1]!.length + 1)).toMatchObject({ line: 1, name: 'shout' });
    // The anonymous arrow assigned to a property takes no name from the call just before it.
    const anon = js.indexOf('.go=()=>') + '.go='.length;
    const o = R.fn(0, anon)!;
    expect(o.line).toBe(3);
    expect(o.name).toBeUndefined();
    expect(R.at(5, 0)).toBeNull();
  });
});

/** A profile from stacks (root first) of [url, name, line] frames, one sample per entry, `dt` µs apart. */
function profileOf(samples: ([string, string, number][] | 'gc' | 'program')[], dt = 1000): CpuProfile {
  const nodes: CpuProfile['nodes'] = [{ id: 1, callFrame: { functionName: '(root)', url: '' }, children: [] }];
  const ids: number[] = [];
  const child = (parent: number, url: string, name: string, line: number): number => {
    const p = nodes.find((n) => n.id === parent)!;
    for (const c of p.children ?? []) {
      const n = nodes.find((x) => x.id === c)!;
      if (n.callFrame.url === url && n.callFrame.functionName === name && n.callFrame.lineNumber === line) return c;
    }
    const id = nodes.length + 1;
    nodes.push({ id, callFrame: { functionName: name, url, lineNumber: line, columnNumber: 0 }, children: [] });
    (p.children ??= []).push(id);
    return id;
  };
  for (const s of samples) {
    if (s === 'gc') ids.push(child(1, '', '(garbage collector)', -1));
    else if (s === 'program') ids.push(child(1, '', '(program)', -1));
    else ids.push(s.reduce((at, [url, name, line]) => child(at, url, name, line), 1));
  }
  return { startTime: 5000, nodes, samples: ids, timeDeltas: ids.map(() => dt) };
}

const EXT = 'chrome-extension://abc/';
const CS = `${EXT}content.js`;
const A = `${EXT}analyzer.js`;
const T = `${EXT}analyzer-text.js`;
/** The minified frames' sources by line (the tests' stand-in for a source map). */
const SOURCES: Record<string, Record<number, { source: string; name: string }>> = {
  'analyzer.js': { 1: { source: '../../x/src/core/first-look.ts', name: 'firstLookSteps' }, 2: { source: '../../x/src/core/body.ts', name: 'extractBody' }, 3: { source: '../../x/src/sources/content.ts', name: 'directoryFromCompactSteps' } },
  'analyzer-text.js': { 1: { source: '../../x/src/core/analyze.ts', name: 'analyzeSteps' }, 2: { source: '../../x/src/core/hedges.ts', name: 'findHedges' }, 3: { source: '../../x/src/core/word-scan.ts', name: 'load' } },
};
const resolve: FrameResolver = (url, line) => {
  const o = SOURCES[url.replace(/^.*\//, '')]?.[line];
  return o ? { source: o.source, line: line * 10, column: 0, name: o.name } : null;
};
const step = (gen: [string, string, number], ...rest: [string, string, number][]): [string, string, number][] => [[CS, 'idle', 0], [CS, 'runSlice', 0], gen, ...rest];

describe('a forced analysis split by stage', () => {
  const p = profileOf([
    step([A, 'g', 1], [A, 'b', 2]), // first look: body
    'gc', // after an extension sample: counts to it
    step([A, 'g', 1]), // first look, the generator itself
    step([A, 'd', 3]), // directory
    step([T, 'a', 1], [T, 'h', 2], [T, 'l', 3]), // text analysis: hedges, word scan
    step([T, 'a', 1], [T, 'h', 2]),
    [[A, '', 0]], // an analyzer script's top-level run
    [[CS, 'onMessage', 0]], // glue
    'program', // ends the run: the GC after it is not ours
    'gc',
    [['https://page.example/app.js', 'pageWork', 0]],
  ]);

  it('puts each sample in its stage, by the first analyzer frame under the content script', () => {
    const tl: TimedSample[] = [];
    const v = classifyProfile(p, EXT, 'content.js', resolve, tl);
    // Each sample stands for the next delta (1 ms), the last one for nothing.
    expect(v.ms).toEqual({ firstLook: 3, analysis: 2, directory: 1, evaluate: 1, glue: 1, steps: 0 });
    expect(v.analysisMs).toBe(5);
    expect(v.gcMs).toBe(1);
    expect(v.stepMs).toEqual({ 'extractBody src/core/body.ts:21': 2, '(firstLook step itself)': 1, 'findHedges src/core/hedges.ts:21': 2 });
    expect(v.selfMs).toEqual({ 'extractBody src/core/body.ts:21': 1, '(garbage collector)': 1, 'firstLookSteps src/core/first-look.ts:11': 1, 'load src/core/word-scan.ts:31': 1, 'findHedges src/core/hedges.ts:21': 1 });
    // The timeline on the profile's clock (µs): sample i at startTime + (i + 1) deltas.
    expect(tl.map((s) => s.cat)).toEqual(['firstLook', 'firstLook', 'firstLook', 'directory', 'analysis', 'analysis', 'evaluate', 'glue', null, null, null]);
    expect(tl[0]).toEqual({ t: 6000, dt: 1000, cat: 'firstLook', step: 'extractBody src/core/body.ts:21' });
    expect(tl[1]!.step).toBe('extractBody src/core/body.ts:21'); // the GC after it
    expect(tl[3]!.step).toBeNull();
  });

  it('a stage frame in a script without a map is a step of no known stage, not glue', () => {
    const onlyFirst: FrameResolver = (url, line, col) => (url.endsWith('/analyzer.js') ? resolve(url, line, col) : null);
    const v = classifyProfile(p, EXT, 'content.js', onlyFirst);
    expect(v.ms).toEqual({ firstLook: 3, analysis: 0, directory: 1, evaluate: 1, glue: 1, steps: 2 });
    expect(v.analysisMs).toBe(5);
  });

  it('without a source map the stage steps stay one bucket', () => {
    const v = classifyProfile(p, EXT, 'content.js', null);
    expect(v.ms).toEqual({ firstLook: 0, analysis: 0, directory: 0, evaluate: 1, glue: 1, steps: 6 });
    expect(v.analysisMs).toBe(6);
    expect(v.stepMs).toEqual({});
  });
});

describe('thread CPU shared out by samples', () => {
  const s = (t: number, cat: TimedSample['cat']): TimedSample => ({ t, dt: 100, cat });
  it('splits each task by its samples and drops samples outside every task', () => {
    const tasks = [
      { ts: 0, dur: 1000, tdur: 400 },
      { ts: 2000, dur: 500, tdur: 500 },
    ];
    const samples = [s(100, 'firstLook'), s(200, 'firstLook'), s(300, 'glue'), s(900, null), s(1500, 'analysis'), s(2100, 'analysis')];
    const cpu = threadCpu(samples, tasks);
    expect(cpu.firstLook).toBeCloseTo(0.2, 10); // 400 µs × 2/4
    expect(cpu.glue).toBeCloseTo(0.1, 10);
    expect(cpu.other).toBeCloseTo(0.1, 10);
    expect(cpu.analysis).toBeCloseTo(0.5, 10); // the sample at 1500 is between tasks
    const steps = threadCpuBySteps([{ ...s(100, 'firstLook'), step: 'a' }, { ...s(200, 'firstLook'), step: 'b' }, s(300, 'glue'), { ...s(2100, 'analysis'), step: 'a' }], tasks);
    expect(steps).toEqual({ a: 400 / 3 / 1000 + 0.5, b: 400 / 3 / 1000 });
  });

  it('counts the tasks that hold extension samples and the waits between them', () => {
    const tasks = [
      { ts: 0, dur: 1000, tdur: 900 },
      { ts: 3000, dur: 1000, tdur: 900 }, // the page's own: no extension sample
      { ts: 11_000, dur: 2000, tdur: 900 },
      { ts: 53_000, dur: 1000, tdur: 900 },
    ];
    const g = taskGaps([s(100, 'analysis'), s(3100, null), s(11_500, 'glue'), s(53_100, 'firstLook'), s(60_000, 'analysis')], tasks);
    expect(g).toEqual({ count: 3, medianGapMs: 25, gapsMs: 50 }); // 10 and 40 ms
    expect(taskGaps([s(3100, null)], tasks)).toMatchObject({ count: 0, gapsMs: 0 });
  });

  it('takes the renderer thread whose tasks hold the extension samples, outermost tasks only', () => {
    const meta = (pid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', ts: 0, pid, tid: 1, args: { name } });
    const task = (pid: number, ts: number, dur: number, tdur: number) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, pid, tid: 1 });
    // pid 1's outer task holds both samples (its nested task is inside its thread time); pid 2's only the first;
    // the browser's main thread is not a renderer.
    const events = [meta(1, 'CrRendererMain'), meta(2, 'CrRendererMain'), meta(3, 'CrBrowserMain'), task(1, 0, 1000, 300), task(1, 100, 200, 150), task(2, 0, 400, 900), task(3, 0, 1000, 1000)] as TraceEvent[];
    const cpu = mainThreadCpu(events, [s(150, 'analysis'), s(600, 'analysis'), s(700, null)])!;
    expect(cpu.analysis).toBeCloseTo(0.2, 10); // 300 µs × 2/3
    expect(cpu.other).toBeCloseTo(0.1, 10);
    expect(mainThreadCpu(events.slice(0, 3), [s(150, 'analysis')])).toBeNull();
  });
});

describe('band summaries', () => {
  const prof = (analysisMs: number, cpu?: number): VisitProfile => ({
    ms: { firstLook: analysisMs / 2, analysis: analysisMs / 2, directory: 1, evaluate: 0, glue: 0, steps: 0 },
    analysisMs,
    gcMs: 0,
    stepMs: { 'x src/a.ts:1': analysisMs },
    selfMs: {},
    ...(cpu !== undefined ? { cpuMs: { firstLook: cpu, analysis: 0, directory: 0, evaluate: 0, glue: 0, steps: 0, other: 0 }, analysisCpuMs: cpu } : {}),
  });
  const visit = (page: string, round: number, p: VisitProfile | null, again?: VisitProfile): BandVisit => ({ page, round, ok: p !== null, wallMs: 100, profile: p, ...(again ? { again } : {}) });

  it('medians over visits and over per-page medians; failed visits left out', () => {
    const s = summarizeBand([visit('a', 1, prof(10, 4)), visit('a', 2, prof(30, 6)), visit('b', 1, prof(50, 20)), visit('b', 2, null), visit('c', 1, prof(2))]);
    expect(s.visits).toBe(4);
    expect(s.pages).toBe(3);
    expect(s.analysisMs.median).toBe(20); // 2, 10, 30, 50
    expect(s.perPageAnalysisMs.median).toBe(20); // a 20, b 50, c 2
    expect(s.analysisCpuMs).toMatchObject({ n: 3, median: 6 }); // c has no trace
    expect(s.perPageAnalysisCpuMs).toMatchObject({ n: 2, median: 12.5 }); // a 5, b 20
    expect(s.ms.directory.median).toBe(1);
    expect(s.steps[0]).toEqual({ step: 'x src/a.ts:1', ms: 23 }); // (10 + 30 + 50 + 2) / 4
    expect(s.again).toBeUndefined();
    expect(s.byLoad.loadedBefore).toMatchObject({ n: 3, median: 6 }); // no script evaluation sampled in these
    expect(s.byLoad.loadedByRequest.n).toBe(0);
  });

  it('splits the analyses by whether the request loaded the analyzer', () => {
    const loaded = { ...prof(10, 9), ms: { ...prof(10).ms, evaluate: 2 } };
    const s = summarizeBand([visit('a', 1, loaded), visit('b', 1, prof(10, 4)), visit('c', 1, prof(10, 5))]);
    expect(s.byLoad.loadedByRequest).toMatchObject({ n: 1, median: 9 });
    expect(s.byLoad.loadedBefore).toMatchObject({ n: 2, median: 4.5 });
  });

  it('summarises the warm second analyses when there are any', () => {
    const s = summarizeBand([visit('a', 1, prof(10, 4), prof(3, 1)), visit('b', 1, prof(10, 4), prof(5, 3))]);
    expect(s.again).toMatchObject({ analysisCpuMs: { median: 2 }, analysisMs: { median: 4 } });
  });
});
