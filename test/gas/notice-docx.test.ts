// The add-on's .docx: a real Word package whose footers print “— N —” (checked by LibreOffice), as GB/T 9704 asks.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { unzipSync } from 'fflate';
import { renderDocx } from '../../src/cli/render/docx';
import { escapeXml } from '../../src/cli/render/docx-xml';
import { buildNotice } from '../../src/core';
import { docxParts } from '../../src/gas/notice/docx';
import { generateNotice } from '../../src/gas/notice/generate';
import { exampleInput } from '../core/notice-example';
import { noticeEnv, noticeServices } from './notice-helpers';

const { env } = noticeEnv();
const run = generateNotice(noticeServices(env))!;
const docx = env.drive.childrenOf('root').find((i) => i.name === `${run.name}.docx`)!;
const parts = unzipSync(docx.bytes!);
const text = (path: string) => new TextDecoder().decode(parts[path]);

describe('the .docx saved next to the Google Doc', () => {
  test('is a WordprocessingML package with odd and even footers holding a PAGE field between dashes', () => {
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footer1.xml',
      'word/footer2.xml',
      'word/settings.xml',
    ]);
    expect(text('word/footer1.xml')).toMatch(/— <\/w:t>.*PAGE.*<w:t xml:space="preserve"> —<\/w:t>/s);
    expect(text('word/footer1.xml')).toContain('<w:jc w:val="right"/>');
    expect(text('word/footer2.xml')).toContain('<w:jc w:val="left"/>');
    expect(text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // A4 and the GB/T margins in twips, as the CLI writes them.
    expect(text('word/document.xml')).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(text('word/document.xml')).toContain('w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"');
    expect(text('word/document.xml')).toContain('仿宋_GB2312');
  });

  test("shares the CLI's writer for every part but the body: the same bytes for the same notice", () => {
    const notice = buildNotice(exampleInput()).notice;
    const cli = unzipSync(renderDocx(notice));
    const cliText = (path: string) => new TextDecoder().decode(cli[path]);
    const addon = docxParts(notice);
    for (const path of [
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'word/settings.xml',
      'word/footer1.xml',
      'word/footer2.xml',
    ]) {
      expect(addon[path]).toBe(cliText(path));
    }
    // The page, margins, line grid and footer references: the CLI's section properties, word for word.
    const sectPr = (xml: string) => xml.slice(xml.indexOf('<w:sectPr>'));
    expect(sectPr(addon['word/document.xml'])).toBe(sectPr(cliText('word/document.xml')));
    // No styles or font table in this package, so neither is listed nor related.
    expect(addon['[Content_Types].xml']).not.toMatch(/styles|fontTable/);
    expect(addon['word/_rels/document.xml.rels']).not.toMatch(/styles|fontTable/);
    expect(addon['word/_rels/document.xml.rels']).toContain('Target="footer1.xml"');
  });

  test('escapes what XML forbids', () => {
    expect(escapeXml('a<b & "c"\u0001')).toBe('a&lt;b &amp; &quot;c&quot;');
  });

  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  const tools = soffice.status === 0 && pdftotext.status === 0;
  const dir = mkdtempSync(join(tmpdir(), 'rectify-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  (tools ? test : test.skip)(
    tools
      ? 'prints “— 1 —”, “— 2 —”… on its pages when LibreOffice renders it'
      : 'prints “— N —” on its pages (skipped: soffice or pdftotext is missing; .ci/run installs both)',
    () => {
      const file = join(dir, 'notice.docx');
      writeFileSync(file, docx.bytes!);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          file,
        ],
        {
          stdio: 'ignore',
          timeout: 120000,
        },
      );
      execFileSync('pdftotext', ['-layout', join(dir, 'notice.pdf'), join(dir, 'notice.txt')]);
      const pages = readFileSync(join(dir, 'notice.txt'), 'utf8')
        .split('\f')
        .filter((p) => p.trim() !== '');
      expect(pages.length).toBeGreaterThan(3);
      pages.forEach((page, i) => {
        // pdftotext drops the thin spaces around the number: “—1—”.
        expect(page).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`));
      });
      expect(pages[0]).toContain('巡察反馈意见集中整改进展情况的通报');
    },
  );
});
