/**
 * Extracts a .zip (stored or deflated entries, as web-ext and git archive
 * write them) with node:zlib alone, so tests need no unzip binary.
 * Chromium cannot load a zipped extension; tests unpack the shipped zip
 * with this and load the folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Names of the entries in a zip, in central-directory order. */
export function zipEntries(zipPath: string): { name: string; method: number; size: number; offset: number; compressed: number }[] {
  const buf = readFileSync(zipPath);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zipPath}: not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error(`${zipPath}: bad central directory`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    out.push({ name, method, size, offset, compressed });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

export function unzip(zipPath: string, destDir: string): string[] {
  const buf = readFileSync(zipPath);
  const names: string[] = [];
  for (const e of zipEntries(zipPath)) {
    if (e.name.endsWith('/')) continue;
    const target = normalize(join(destDir, e.name));
    if (!target.startsWith(normalize(destDir) + sep)) throw new Error(`${zipPath}: entry escapes the target: ${e.name}`);
    if (buf.readUInt32LE(e.offset) !== LOCAL) throw new Error(`${zipPath}: bad local header for ${e.name}`);
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const raw = buf.subarray(start, start + e.compressed);
    let data: Buffer;
    if (e.method === 0) data = Buffer.from(raw);
    else if (e.method === 8) data = inflateRawSync(raw);
    else throw new Error(`${zipPath}: unsupported compression method ${e.method} for ${e.name}`);
    if (data.length !== e.size) throw new Error(`${zipPath}: size mismatch for ${e.name}`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    names.push(e.name);
  }
  return names;
}
