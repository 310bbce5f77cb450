// Zip archives as .xlsx packages use them: read the directory, inflate one entry within limits (writing: zip-write.ts).
import { Inflate } from 'fflate';
import { OoxmlError } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** The uncompressed size the directory declares; inflating more than this is damage, not data. */
  size: number;
  localOffset: number;
  time: number;
  date: number;
  madeBy: number;
  externalAttributes: number;
}

export interface ZipArchive {
  bytes: Uint8Array;
  entries: ZipEntry[];
  /** Entries by lower-cased name: OPC part names compare case-insensitively. */
  byName: Map<string, ZipEntry>;
}

/** Counts inflated bytes across one package, so a zip bomb stops at the cap, not at the end of memory. */
export interface InflateBudget {
  max: number;
  used: number;
}

/** A byte of the zip's records: one past the end means a record the file cuts short, so the file is damaged. */
function byte(b: Uint8Array, o: number): number {
  const value = b[o];
  if (value === undefined) throw new OoxmlError('damaged', 'zip record runs past the end of the file');
  return value;
}
const u16 = (b: Uint8Array, o: number) => byte(b, o) | (byte(b, o + 1) << 8);
const u32 = (b: Uint8Array, o: number) =>
  (byte(b, o) | (byte(b, o + 1) << 8) | (byte(b, o + 2) << 16)) + byte(b, o + 3) * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

/** The central directory's entry count and offset, from the end record (or the zip64 end record). */
function directoryOf(bytes: Uint8Array): { count: number; offset: number } {
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new OoxmlError('damaged', 'no zip directory');
  let count = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  // Zip64: the locator sits just before the end record and points at the zip64 end record.
  const locator = end - 20;
  if (locator >= 0 && u32(bytes, locator) === 0x07064b50) {
    const end64 = u64(bytes, locator + 8);
    if (end64 + 56 <= bytes.length && u32(bytes, end64) === 0x06064b50) {
      count = u64(bytes, end64 + 32);
      offset = u64(bytes, end64 + 48);
    }
  }
  return { count, offset };
}

/** Zip64 extra field: the 0xffffffff fields of the entry are given there, in this order. */
function applyZip64(bytes: Uint8Array, entry: ZipEntry, start: number, length: number): void {
  for (let x = start, xEnd = start + length; x + 4 <= xEnd; ) {
    const id = u16(bytes, x);
    const fieldLength = u16(bytes, x + 2);
    if (id === 1) {
      let f = x + 4;
      if (entry.size === 0xffffffff) {
        entry.size = u64(bytes, f);
        f += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(bytes, f);
        f += 8;
      }
      if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, f);
    }
    x += 4 + fieldLength;
  }
}

/** Reads a zip's central directory (zip64 included); nothing is inflated yet. */
export function readZip(bytes: Uint8Array): ZipArchive {
  const { count, offset } = directoryOf(bytes);
  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  for (let i = 0, p = offset; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50)
      throw new OoxmlError('damaged', 'bad zip directory');
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      madeBy: u16(bytes, p + 4),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      externalAttributes: u32(bytes, p + 38),
    };
    applyZip64(bytes, entry, p + 46 + nameLength, extraLength);
    entries.push(entry);
    byName.set(entry.name.toLowerCase(), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { bytes, entries, byName };
}

/** Where an entry's compressed data starts and ends in the archive. */
export function dataRange(zip: ZipArchive, entry: ZipEntry): [number, number] {
  const p = entry.localOffset;
  if (p + 30 > zip.bytes.length || u32(zip.bytes, p) !== 0x04034b50)
    throw new OoxmlError('damaged', `bad zip entry ${entry.name}`);
  const start = p + 30 + u16(zip.bytes, p + 26) + u16(zip.bytes, p + 28);
  const stop = start + entry.compressedSize;
  if (stop > zip.bytes.length) throw new OoxmlError('damaged', `truncated zip entry ${entry.name}`);
  return [start, stop];
}

/**
 * Inflates one entry in chunks of at most ~16 MB, handing each to `onChunk`. The declared size is checked
 * against the budget before any work, and the bytes are counted while inflating: a lying directory is
 * caught after at most one chunk past its declared size.
 */
export function inflateEntry(
  zip: ZipArchive,
  entry: ZipEntry,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
): void {
  if (budget.used + entry.size > budget.max)
    throw new OoxmlError('limit.inflated', entry.name, budget.max, budget.used + entry.size);
  const [start, stop] = dataRange(zip, entry);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > entry.size)
      throw new OoxmlError('damaged', `${entry.name}: more data than the zip declares`);
    if (budget.used > budget.max) throw new OoxmlError('limit.inflated', entry.name, budget.max, budget.used);
    if (chunk.length > 0) onChunk(chunk);
  };
  if (entry.method === 0) {
    take(zip.bytes.subarray(start, stop));
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    const STEP = 16 * 1024;
    try {
      for (let p = start; p < stop; p += STEP)
        inflater.push(zip.bytes.subarray(p, Math.min(stop, p + STEP)), p + STEP >= stop);
      if (start === stop) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      // fflate's own errors carry a numeric code; anything else (a limit, a reader stopping early) passes.
      if (typeof (error as { code?: unknown }).code !== 'number') throw error;
      throw new OoxmlError('damaged', `${entry.name}: ${(error as Error).message}`);
    }
  } else {
    throw new OoxmlError('damaged', `${entry.name}: unsupported compression method ${entry.method}`);
  }
  if (produced !== entry.size)
    throw new OoxmlError('damaged', `${entry.name}: size differs from the zip directory`);
}

/** One entry's bytes, inflated within the budget. */
export function entryBytes(zip: ZipArchive, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(zip, entry, budget, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return out;
}
