// Writes zip archives: copied entries keep their stored bytes, new ones are deflated while streaming.
import { Deflate } from 'fflate';
import { OoxmlError } from './errors';
import { dataRange, type ZipArchive, type ZipEntry } from './zip';

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as zip stores it; `crc` continues a running value. */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = ~crc;
  // `& 0xff` keeps every index inside the 256-entry table; a checked lookup would cost a call per byte here.
  for (const value of data) c = (CRC_TABLE[(c ^ value) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** A new entry built while streaming: feed it uncompressed chunks, then finish. */
export class DeflatedEntry {
  private readonly parts: Uint8Array[] = [];
  private readonly deflater: Deflate;
  crc = 0;
  size = 0;
  compressedSize = 0;
  constructor(readonly name: string) {
    this.deflater = new Deflate({ level: 6 }, (chunk) => {
      this.parts.push(chunk);
      this.compressedSize += chunk.length;
    });
  }
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.crc = crc32(chunk, this.crc);
    this.size += chunk.length;
    this.deflater.push(chunk);
  }
  finish(): Uint8Array[] {
    this.deflater.push(new Uint8Array(0), true);
    return this.parts;
  }
}

/** What goes into a written zip: an entry copied from the source archive as stored, or new data. */
export type ZipOutput = { copy: ZipEntry } | { name: string; data: Uint8Array } | { deflated: DeflatedEntry };

interface EntryHeader {
  name: string;
  crc: number;
  size: number;
  compressedSize: number;
  method: number;
  time: number;
  date: number;
  madeBy: number;
  attributes: number;
}

const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** One output's header fields and data: a copy keeps the source's, new data is deflated now. */
function prepare(source: ZipArchive | null, output: ZipOutput): { header: EntryHeader; data: Uint8Array[] } {
  const fresh = { method: 8, time: 0, date: DOS_DATE, madeBy: 20, attributes: 0 };
  if ('copy' in output) {
    const e = output.copy;
    const [start, stop] = dataRange(source as ZipArchive, e);
    const { name, crc, size, compressedSize, method, time, date, madeBy } = e;
    const header = {
      name,
      crc,
      size,
      compressedSize,
      method,
      time,
      date,
      madeBy,
      attributes: e.externalAttributes,
    };
    return { header, data: [(source as ZipArchive).bytes.subarray(start, stop)] };
  }
  let built: DeflatedEntry;
  if ('data' in output) {
    built = new DeflatedEntry(output.name);
    built.push(output.data);
  } else built = output.deflated;
  const data = built.finish();
  const { name, crc, size, compressedSize } = built;
  return { header: { ...fresh, name, crc, size, compressedSize }, data };
}

function localHeader(h: EntryHeader, nameBytes: Uint8Array): Uint8Array {
  const local = new Uint8Array(30 + nameBytes.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, 0x0800, true);
  lv.setUint16(8, h.method, true);
  lv.setUint16(10, h.time, true);
  lv.setUint16(12, h.date, true);
  lv.setUint32(14, h.crc, true);
  lv.setUint32(18, h.compressedSize, true);
  lv.setUint32(22, h.size, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  return local;
}

function centralHeader(h: EntryHeader, nameBytes: Uint8Array, offset: number): Uint8Array {
  const entry = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(entry.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, h.madeBy, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, 0x0800, true);
  cv.setUint16(10, h.method, true);
  cv.setUint16(12, h.time, true);
  cv.setUint16(14, h.date, true);
  cv.setUint32(16, h.crc, true);
  cv.setUint32(20, h.compressedSize, true);
  cv.setUint32(24, h.size, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(38, h.attributes, true);
  cv.setUint32(42, offset, true);
  entry.set(nameBytes, 46);
  return entry;
}

function endRecord(count: number, centralSize: number, centralOffset: number): Uint8Array {
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, centralOffset, true);
  return end;
}

/** Writes a zip. Copied entries keep their compressed bytes, CRC, time and attributes exactly. */
export function writeZip(source: ZipArchive | null, outputs: ZipOutput[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const encoder = new TextEncoder();
  for (const output of outputs) {
    const { header, data } = prepare(source, output);
    if (header.size >= 0xffffffff || header.compressedSize >= 0xffffffff || offset >= 0xffffffff)
      throw new OoxmlError('limit.inflated', header.name, 0xfffffffe, header.size);
    const nameBytes = encoder.encode(header.name);
    const local = localHeader(header, nameBytes);
    central.push(centralHeader(header, nameBytes, offset));
    chunks.push(local);
    offset += local.length;
    for (const d of data) {
      chunks.push(d);
      offset += d.length;
    }
  }
  let centralSize = 0;
  for (const c of central) centralSize += c.length;
  const end = endRecord(outputs.length, centralSize, offset);
  const out = new Uint8Array(offset + centralSize + 22);
  let at = 0;
  for (const list of [chunks, central, [end]])
    for (const c of list) {
      out.set(c, at);
      at += c.length;
    }
  return out;
}
