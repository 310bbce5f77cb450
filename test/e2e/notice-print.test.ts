// The HTML notice printed by Chromium: 28 characters a line, page numbers one character in and 7 mm below the block.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { renderHtml } from '../../src/cli/render/html';
import { buildNotice } from '../../src/core';
import { type Line, linesOf } from '../cli/pdf-lines';
import { exampleInput } from '../core/notice-example';
import { CHROMIUM, hasChromium, launch, type Session, SKIP_REASON } from './browser';

const hasPoppler = spawnSync('sh', ['-c', 'command -v pdftotext']).status === 0;
const PT_PER_MM = 72 / 25.4;
const LEFT = 28 * PT_PER_MM;
const RIGHT = (210 - 26) * PT_PER_MM;
const BLOCK_BOTTOM = (297 - 35) * PT_PER_MM;
const CHINESE = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/;

/**
 * The band of rows (mm from the page top) where page 1 has ink below the text block, from a 144 dpi
 * greyscale rendering (pdftoppm's PGM): font metrics make pdftotext's boxes too tall to place a line.
 */
function inkBelowBlock(pdf: string, dir: string): { top: number; right: number } {
  execFileSync('pdftoppm', ['-gray', '-r', '144', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'p')]);
  const pgm = readFileSync(join(dir, 'p.pgm'));
  const header = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
  const [w, h] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(pgm.length - w * h);
  const mm = (px: number) => (px / 144) * 25.4;
  let top = -1;
  let right = -1;
  for (let y = Math.ceil((262 / 25.4) * 144) + 2; y < h; y++)
    for (let x = 0; x < w; x++)
      if (data[y * w + x] < 128) {
        if (top < 0) top = mm(y);
        right = Math.max(right, mm(x));
      }
  return { top, right };
}

if (!hasChromium || !hasPoppler) {
  describe('the HTML notice printed by Chromium', () => {
    it('says why it did not run', () => {
      const reason = hasChromium ? 'pdftotext is missing (apt-get install poppler-utils)' : SKIP_REASON;
      console.warn(reason);
      expect(hasChromium && hasPoppler).toBe(false);
      expect(reason).toMatch(hasChromium ? /pdftotext/ : new RegExp(CHROMIUM));
    });
  });
} else {
  describe('the HTML notice printed by Chromium', () => {
    let session: Session;
    let lines: Line[] = [];
    let ink = { top: -1, right: -1 };
    const dir = mkdtempSync(join(tmpdir(), 'rectify-print-'));
    beforeAll(async () => {
      session = await launch();
      const page = await session.browser.newPage();
      await page.setContent(renderHtml(buildNotice(exampleInput()).notice), { waitUntil: 'load' });
      const pdf = join(dir, 'notice.pdf');
      writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
      lines = linesOf(pdf);
      ink = inkBelowBlock(pdf, dir);
      if (process.env.RECTIFY_KEEP_PDF) writeFileSync(process.env.RECTIFY_KEEP_PDF, readFileSync(pdf));
    }, 60_000);
    afterAll(async () => {
      await session?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('every full line of Chinese text holds 28 characters', () => {
      const pitch = (RIGHT - LEFT) / 28;
      const full = lines.filter((l) => l.yMin < BLOCK_BOTTOM && l.xMax >= RIGHT - 2 && CHINESE.test(l.text));
      expect(full.length).toBeGreaterThan(100);
      const counts = full.map((l) => ({
        count: Math.round((l.xMin - LEFT) / pitch) + Array.from(l.text).length,
        text: l.text,
        next: lines[lines.indexOf(l) + 1]?.text ?? '',
      }));
      // Chromium cannot hang a closing mark past the edge (CSS hanging-punctuation is Safari's), so a line
      // whose 28th character must go down with a 。 or 》 that may not begin a line holds 27, as does one
      // followed by a number that is kept whole.
      const KEPT = /^([0-9A-Za-z]|.[》）”」』】，。、；：！？])/;
      const short = counts.filter((c) => c.count !== 28);
      const wrong = short.filter((c) => !(KEPT.test(c.next) && c.count >= 26));
      expect(short.length).toBeLessThan(counts.length / 5);
      expect(wrong).toEqual([]);
    });

    it('page numbers “— N —” sit 7 mm below the text block, one 4号 character in from its outer edge', () => {
      // GB/T 9704 7.5: the number's line 7 mm below the block; its digits' ink starts just under that line's top.
      expect(ink.top - 262).toBeGreaterThan(7);
      expect(ink.top - 262).toBeLessThan(8.5);
      // One 4号 character (14 pt = 4.9 mm) in from the block's right edge on odd pages.
      expect(210 - 26 - ink.right).toBeGreaterThan(4.5);
      expect(210 - 26 - ink.right).toBeLessThan(5.8);
      for (const n of [1, 2]) {
        const number = lines.find((l) => l.page === n && l.yMin > BLOCK_BOTTOM)!;
        expect(number.text.replace(/\s/g, '')).toBe(`—${n}—`);
        if (n % 2 === 1) expect(Math.abs(RIGHT - number.xMax - 14)).toBeLessThan(2);
        else expect(Math.abs(number.xMin - LEFT - 14)).toBeLessThan(2);
      }
    });
  });
}
