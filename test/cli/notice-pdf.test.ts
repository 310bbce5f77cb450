// The example notice as LibreOffice prints it: 28 characters a line, 22 lines a page, the signature, fonts, page numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { packageProblems, paragraphTexts, parseXml } from './docx-package';
import { captureIo } from './helpers';
import { type Line, linesOf } from './pdf-lines';

const ROOT = join(__dirname, '..', '..');
const TOOLS = ['soffice', 'pdftotext', 'pdffonts'];
const missing = TOOLS.filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0);
const SKIP_REASON = `${missing.join(', ')} missing, so the notice was not rendered to PDF (apt-get install libreoffice-writer poppler-utils fonts-noto-cjk; .ci/run does)`;

const PT_PER_MM = 72 / 25.4;
const LEFT = 28 * PT_PER_MM;
const RIGHT = (210 - 26) * PT_PER_MM;
const TOP = 37 * PT_PER_MM;
const LINE = 28.95;
const BLOCK_BOTTOM = TOP + 22 * LINE;
/** LibreOffice's advance for a condensed 3号 character (16 pt less 0.25 pt). */
const PITCH = 15.75;

/** Ideographs and full-width punctuation only: a line of Chinese text. */
const CHINESE = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/;

if (missing.length > 0) {
  describe('the example notice rendered by LibreOffice', () => {
    test.skip(SKIP_REASON, () => {});
    test('says which tools are missing', () => {
      console.warn(SKIP_REASON);
      expect(missing.length).toBeGreaterThan(0);
    });
  });
} else {
  describe('the example notice rendered by LibreOffice (fonts-noto-cjk, fonts/rectify-fonts.conf)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rectify-pdf-'));
    let lines: Line[] = [];
    let body: Line[] = [];
    let pages = 0;
    let fonts = '';
    let docxText = '';
    let pdfText = '';
    beforeAll(async () => {
      const docx = join(dir, 'notice.docx');
      const io = captureIo();
      expect(await main(['notice', join(ROOT, 'examples/ledger.xlsx'), '--out', docx], io)).toBe(0);
      // The aliases README tells Linux users to install: each notice font to its nearest Noto face.
      const fontsConf = join(dir, 'fonts.conf');
      writeFileSync(
        fontsConf,
        `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><include>${join(ROOT, 'fonts/rectify-fonts.conf')}</include></fontconfig>`,
      );
      execFileSync(
        'soffice',
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          docx,
        ],
        { env: { ...process.env, FONTCONFIG_FILE: fontsConf }, stdio: 'ignore', timeout: 120_000 },
      );
      const pdf = join(dir, 'notice.pdf');
      lines = linesOf(pdf);
      body = lines.filter((l) => l.yMin < BLOCK_BOTTOM);
      pages = Math.max(...lines.map((l) => l.page));
      fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
      pdfText = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
      const { parts } = await packageProblems(readFileSync(docx));
      docxText = paragraphTexts(parseXml(parts.get('word/document.xml') as string)).join('\n');
      if (process.env.RECTIFY_KEEP_PDF) writeFileSync(process.env.RECTIFY_KEEP_PDF, readFileSync(pdf));
    }, 180_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('every full line of Chinese text holds 28 characters (the 2-character indent counts as two)', () => {
      const full = body.filter((l) => l.xMax >= RIGHT - 2 && CHINESE.test(l.text));
      expect(full.length).toBeGreaterThan(100);
      const counts = full.map((l) => {
        const indent = Math.round((l.xMin - LEFT) / PITCH);
        // A closing mark may hang past the edge (Word's and LibreOffice's default): it takes no cell.
        const hanging = l.xMax > RIGHT + 4 ? 1 : 0;
        const next = body[body.indexOf(l) + 1]?.text ?? '';
        return { count: indent + Array.from(l.text).length - hanging, line: l.text, next };
      });
      // A line may end early only where the next one had to keep its first characters with what follows:
      // a number (kept whole, GB/T 15835) or a closing mark that may not begin a line (LibreOffice does not
      // hang it: see docx-parts' overflowPunct). Noto's digits are 0.55 em and LibreOffice adds a gap
      // between Chinese and digits, so “2024” can need more than 2 cells.
      const KEPT = /^([0-9A-Za-z]|.[》）”」』】，。、；：！？])/;
      const short = counts.filter((c) => c.count !== 28);
      expect(short.filter((c) => !(KEPT.test(c.next) && c.count >= 26))).toEqual([]);
      expect(short.length).toBeLessThan(counts.length / 5);
    });

    test('every character is printed: each Chinese punctuation mark as often as the .docx has it', () => {
      const count = (text: string, mark: string) => text.split(mark).length - 1;
      for (const mark of ['。', '，', '、', '；', '：', '（', '）', '《', '》', '“', '”'])
        expect({ mark, printed: count(pdfText, mark) }).toEqual({ mark, printed: count(docxText, mark) });
      expect(count(docxText, '。')).toBeGreaterThan(300);
    });

    test('every full page holds 22 lines; a shorter page only ends before a heading kept with its text', () => {
      expect(pages).toBeGreaterThan(10);
      for (let page = 1; page < pages; page++) {
        const slots = new Set(
          body.filter((l) => l.page === page).map((l) => Math.ceil((l.yMax - TOP) / LINE - 0.05)),
        );
        const next = body.filter((l) => l.page === page + 1).sort((a, b) => a.yMin - b.yMin)[0];
        const headingNext = /^([一二三四五六七八九十]+、|\d+\.)/.test(next.text);
        expect({ page, lines: Math.max(...slots) }).toEqual({
          page,
          lines: headingNext ? expect.any(Number) : 22,
        });
        if (headingNext) expect(Math.max(...slots)).toBeGreaterThanOrEqual(21);
      }
    });

    test('no line is stretched letter by letter before a number or an address', () => {
      const stretched = body.filter(
        (l) =>
          l.words.filter((w) => Array.from(w).length === 1 && /[\u3000-\u9fff\uff00-\uffef]/.test(w))
            .length >= 4,
      );
      expect(stretched.map((l) => `${l.page}: ${l.words.join('|')}`)).toEqual([]);
    });

    test('the date ends 4 characters from the right and the issuer is centred over it', () => {
      const date = body.find((l) => l.text === '2024年12月20日')!;
      const issuer = body.find((l) => l.text === '中共攀枝花市文联党组' && l.page === date.page)!;
      expect(Math.abs(RIGHT - date.xMax - 4 * PITCH)).toBeLessThan(PITCH / 2);
      // Centred on the date's nominal width (digits half a character, as 仿宋_GB2312 sets them); Noto's wider
      // digits and LibreOffice's Chinese–digit gaps make this date 1.3 characters wider, so allow one.
      expect(Math.abs((issuer.xMin + issuer.xMax) / 2 - (date.xMin + date.xMax) / 2)).toBeLessThan(PITCH);
      expect(date.yMin - issuer.yMin).toBeCloseTo(LINE, 0);
    });

    test('title and body in a serif face, headings in a sans one, not one face for all', () => {
      expect(fonts).toMatch(/NotoSerifCJK/);
      expect(fonts).toMatch(/NotoSansCJK/);
    });

    test('page numbers “— N —” sit 7 mm below the text block, one character in from its edge, outside', () => {
      for (const page of [1, 2]) {
        const number = lines.find((l) => l.page === page && l.yMin > BLOCK_BOTTOM)!;
        expect(number.text).toBe(`—${page}—`);
        expect(Math.abs(number.yMin - (BLOCK_BOTTOM + 7 * PT_PER_MM))).toBeLessThan(3);
        if (page % 2 === 1) expect(Math.abs(RIGHT - number.xMax - 14)).toBeLessThan(2);
        else expect(Math.abs(number.xMin - LEFT - 14)).toBeLessThan(2);
      }
    });
  });
}
