/** Throughput of the real CLI: one process over many pages, wall time. */
import { spawn } from 'node:child_process';
import path from 'node:path';

export interface CliThroughput {
  pages: number;
  wallMs: number;
  pagesPerSecond: number;
  exitCode: number | null;
  /** JSON reports printed (one per analysed page). */
  reports: number;
  stderr: string;
}

export function cliThroughput(root: string, files: string[]): Promise<CliThroughput> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/credence.mjs'), 'analyze', '--json', ...files], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      for (const c of b) if (c === 10) lines++;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (err.length < 4000) err += b.toString();
    });
    const done = (code: number | null): void => {
      const wallMs = performance.now() - t0;
      resolve({ pages: files.length, wallMs, pagesPerSecond: files.length / (wallMs / 1000), exitCode: code, reports: lines, stderr: err.trim() });
    };
    child.on('error', (e) => {
      err += String(e);
      done(null);
    });
    child.on('close', (code) => done(code));
  });
}
