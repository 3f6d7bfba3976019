/**
 * `credence analyze [--json] [--url URL] FILE... | -`
 * Saved HTML → linkedom DOM → the same core the extension runs → a report.
 * Exit codes: 0 all analysed; 1 some input could not be read or parsed
 * (the others were still analysed); 2 usage error.
 */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { analyze } from '../core/index';
import { bundledDirectory } from '../sources/index';
import { formatReport } from './format';
import { decodeHtml, InputError } from './read-input';

export const USAGE = `Usage: credence analyze [--json] [--url URL] FILE... | -

Analyse saved article pages and show who says so: the sources a security
news article attributes its claims to, their labels, hedges, disclaimers,
evidence and reliability notes. Every input is analysed in full; the report
still says whether the page was detected as security news.

Options:
  --json           print one JSON report per input, one per line (report-v1)
  --url URL        the page's URL (only with a single input); default: the
                   page's canonical URL or og:url
  --detected-only  analyse the sourcing only of pages detected as security
                   news, as the extension does on its own
  --force          analyse every input in full (the default; kept for scripts)
  -h, --help       show this help

Exit codes: 0 success, 1 an input could not be read or parsed, 2 usage error.`;

interface CliOptions {
  json: boolean;
  url: string | null;
  /** Analyse the sourcing of every input (default) or, with --detected-only, only of pages detected as security news. */
  force: boolean;
  files: string[];
}

function parseArgs(argv: string[]): CliOptions | string {
  const o: CliOptions = { json: false, url: null, force: true, files: [] };
  let i = 0;
  if (argv[0] === 'analyze') i = 1;
  else if (argv[0] && !argv[0].startsWith('-') && argv[0] !== '-') return `unknown command: ${argv[0]}`;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    // The extension gates the analysis on detection because it runs on every page; a file given to the CLI was
    // chosen, like a page the reader asks the popup to analyse, so its sourcing is read whatever the verdict.
    else if (a === '--force') o.force = true;
    else if (a === '--detected-only') o.force = false;
    else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a value';
      o.url = v;
    } else if (a.startsWith('--url=')) o.url = a.slice(6);
    else if (a === '--') o.files.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a === '-' || !a.startsWith('-')) o.files.push(a);
    else return `unknown option: ${a}`;
  }
  if (o.url !== null) {
    try {
      const p = new URL(o.url).protocol;
      if (p !== 'http:' && p !== 'https:') return '--url must be an http(s) URL';
    } catch {
      return '--url must be an absolute http(s) URL';
    }
    if (o.files.length > 1) return '--url applies to a single input';
  }
  if (!o.files.length) return 'no input files';
  return o;
}

function readError(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

/** One line of plain text: control characters (newlines, escapes) shown as spaces, length capped. */
export function oneLine(s: string): string {
  const t = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g, ' ').trim();
  return t.length > 300 ? t.slice(0, 300) + '…' : t;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function main(argv: string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`credence: ${opts}\n${USAGE.split('\n')[0]}\n`);
    return 2;
  }
  const db = bundledDirectory();
  let failed = 0;
  for (const file of opts.files) {
    let html: string;
    try {
      const bytes = file === '-' ? await readStdin() : await readFile(file);
      html = decodeHtml(bytes);
    } catch (e) {
      failed++;
      process.stderr.write(`credence: ${oneLine(file)}: ${oneLine(readError(e))}\n`);
      continue;
    }
    let out: string;
    try {
      const { document } = parseHTML(html);
      const report = analyze(document as unknown as Document, { url: opts.url, db, force: opts.force });
      out = opts.json ? JSON.stringify(report) : formatReport(file, report) + '\n';
    } catch (e) {
      // The parser (or the stack on a pathological page) gave up: say so and go on with the next file.
      failed++;
      process.stderr.write(`credence: ${oneLine(file)}: could not be parsed (${oneLine(e instanceof Error ? e.message : String(e))})\n`);
      continue;
    }
    process.stdout.write(out + '\n');
  }
  return failed ? 1 : 0;
}
