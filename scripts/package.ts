/**
 * `npm run package`: store-ready archives of the built extension,
 * artifacts/credence-chrome-<version>.zip and artifacts/credence-firefox-<version>.zip,
 * with manifest.json at the archive root as both stores require.
 *
 * Builds first unless --no-build. The zip writer is small and dependency-free
 * (node:zlib deflate + crc32); entries are sorted and time-stamped with a fixed
 * date so the same build gives byte-identical archives.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/** Files under `dir`, relative with forward slashes, sorted. Dotfiles are left out. */
export async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (e.isFile()) out.push(rel);
  }
  return out.sort();
}

// 2026-01-01 00:00:00 in MS-DOS date/time.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** A zip archive (deflate, no zip64: fine below 4 GiB and 65535 entries). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    if (!/^[A-Za-z0-9._\-/@]+$/.test(e.name) || e.name.startsWith('/') || e.name.split('/').includes('..')) throw new Error(`zip: bad entry name ${e.name}`);
    const name = Buffer.from(e.name, 'utf8');
    const deflated = zlib.deflateRawSync(e.data, { level: 9 });
    const stored = deflated.length >= e.data.length;
    const body = stored ? e.data : deflated;
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attrs: -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Read back the entries of an archive written by `zip` (used by the tests). */
export function unzip(buf: Buffer): ZipEntry[] {
  const endAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('unzip: no end of central directory');
  const count = buf.readUInt16LE(endAt + 10);
  let p = buf.readUInt32LE(endAt + 16);
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('unzip: bad central header');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const xlen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nlen).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + csize);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    if (zlib.crc32(data) !== crc) throw new Error(`unzip: crc mismatch in ${name}`);
    out.push({ name, data });
    p += 46 + nlen + xlen + clen;
  }
  return out;
}

/** Files the manifest refers to (icons, pages, scripts, default locale). */
export function manifestFiles(m: Record<string, unknown>): string[] {
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v) out.add(v.replace(/^\//, ''));
  };
  const icons = (o: unknown) => {
    if (o && typeof o === 'object') Object.values(o as Record<string, unknown>).forEach(add);
  };
  icons(m.icons);
  const action = m.action as { default_popup?: string; default_icon?: unknown } | undefined;
  add(action?.default_popup);
  icons(action?.default_icon);
  const bg = m.background as { service_worker?: string; scripts?: string[] } | undefined;
  add(bg?.service_worker);
  bg?.scripts?.forEach(add);
  add((m.options_ui as { page?: string } | undefined)?.page);
  for (const cs of (m.content_scripts as { js?: string[]; css?: string[] }[] | undefined) ?? []) {
    cs.js?.forEach(add);
    cs.css?.forEach(add);
  }
  if (typeof m.default_locale === 'string') add(`_locales/${m.default_locale}/messages.json`);
  return [...out].sort();
}

export async function packageTarget(distDir: string, outFile: string): Promise<{ file: string; entries: number; bytes: number }> {
  const manifest = JSON.parse(await readFile(path.join(distDir, 'manifest.json'), 'utf8')) as { manifest_version?: number };
  if (manifest.manifest_version !== 3) throw new Error(`${distDir}/manifest.json is not a Manifest V3 manifest`);
  const names = await listFiles(distDir);
  const missing = manifestFiles(manifest as Record<string, unknown>).filter((f) => !names.includes(f));
  if (missing.length) throw new Error(`${distDir}: the manifest refers to missing files: ${missing.join(', ')}`);
  const entries = await Promise.all(names.map(async (name) => ({ name, data: await readFile(path.join(distDir, name)) })));
  const buf = zip(entries);
  await mkdir(path.dirname(outFile), { recursive: true });
  await writeFile(outFile, buf);
  return { file: outFile, entries: entries.length, bytes: buf.length };
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  for (const target of ['chrome', 'firefox']) {
    const dist = path.join(ROOT, 'dist', target);
    await stat(path.join(dist, 'manifest.json'));
    const mfVersion = (JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8')) as { version: string }).version;
    if (mfVersion !== version) throw new Error(`dist/${target} has version ${mfVersion}, package.json ${version}: rebuild`);
    const r = await packageTarget(dist, path.join(ROOT, 'artifacts', `credence-${target}-${version}.zip`));
    console.log(`  ${path.relative(ROOT, r.file)}  ${r.entries} files, ${(r.bytes / 1024).toFixed(1)} KB`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
