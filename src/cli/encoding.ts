// Telling a GBK file from a UTF-8 file with a stray byte: the second is named, not silently read as GBK.

/** Valid multi-byte UTF-8 characters, invalid bytes, and the offset of the first invalid one (-1: none). */
export function utf8Damage(bytes: Uint8Array): { valid: number; invalid: number; first: number } {
  let valid = 0;
  let invalid = 0;
  let first = -1;
  // A byte past the end reads as -1, inside no range below: a sequence the file cuts short is invalid.
  const byte = (i: number) => bytes[i] ?? -1;
  for (let i = 0; i < bytes.length; ) {
    const c = byte(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    // RFC 3629 §4: the lead byte fixes the length, and E0/ED/F0/F4 narrow the second byte.
    let n = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 2;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 3;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 4;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    }
    let ok = n > 0 && i + n <= bytes.length && byte(i + 1) >= lo && byte(i + 1) <= hi;
    for (let k = 2; ok && k < n; k++) ok = byte(i + k) >= 0x80 && byte(i + k) <= 0xbf;
    if (ok) {
      valid++;
      i += n;
    } else {
      invalid++;
      if (first < 0) first = i;
      i++;
    }
  }
  return { valid, invalid, first };
}

/**
 * Real GBK text happens to hold a valid UTF-8 sequence for about every four invalid bytes (the example ledger
 * saved as GBK: 2,822 to 11,769). A file with four times more valid UTF-8 characters than bad bytes is UTF-8
 * with damage (a line pasted from a GBK file, one corrupted byte), not GBK.
 */
const MIXED_RATIO = 4;

/** The first bad byte of a file that is UTF-8 apart from a few bytes, with its 1-based line; else null. */
export function mixedEncoding(bytes: Uint8Array): { line: number; byte: number; count: number } | null {
  const { valid, invalid, first } = utf8Damage(bytes);
  if (invalid === 0 || valid < MIXED_RATIO * invalid) return null;
  let line = 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  // invalid > 0, so `first` is the offset of a byte in the file.
  return { line, byte: bytes[first] ?? 0, count: invalid };
}
