// Acceptance: the seed notice's PDF text gives the 34 problems of examples/ledger.csv, 二 and 四 linked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseCsv } from '../../src/cli/csv';
import { importDocument, importedLedgerGrid, importFindingText, textParagraphs } from '../../src/core/import';

const root = join(__dirname, '..', '..');
const seed = readFileSync(join(root, 'test', 'fixtures', 'seed-notice.txt'), 'utf8');
const ledger = parseCsv(readFileSync(join(root, 'examples', 'ledger.csv'), 'utf8'));
const header = ledger[0];
const expected = ledger.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
const narrative = parseCsv(readFileSync(join(root, 'examples', 'narrative.csv'), 'utf8')).slice(1);

describe('import of the seed notice (PDF text: labels and bold gone, page numbers between lines)', () => {
  const result = importDocument(textParagraphs(seed));

  it('reads it as a wrapped page and takes out its three page numbers', () => {
    expect(result.layout).toBe('lines');
    expect(result.pageNumbers).toBe(3);
  });

  it('gives exactly the 34 problems of examples/ledger.csv, in order, with their 编号', () => {
    expect(result.problems.map((p) => p.id)).toEqual(expected.map((r) => r.编号));
  });

  it.each(expected.map((r, i) => [r.编号, i] as const))(
    '%s: problem, measures, deadline phrase and status exact',
    (_id, i) => {
      const got = result.problems[i];
      const want = expected[i];
      expect({
        problem: got.problem,
        measures: got.measures,
        deadline: got.deadline,
        status: got.status,
      }).toEqual({
        problem: want.问题描述,
        measures: want.整改措施,
        deadline: want.整改时限,
        status: want.整改状态,
      });
    },
  );

  it('links section 二 (市委书记点人点事) to 4-2 instead of adding a 35th row', () => {
    expect(result.problems.filter((p) => p.source === '市委书记点人点事').map((p) => p.id)).toEqual(['4-2']);
    expect(
      result.problems.filter((p) => p.source !== '市委书记点人点事').every((p) => p.source === '巡察反馈'),
    ).toBe(true);
    const f = result.findings.find((x) => x.code === 'import.repeatDiffers');
    expect(f?.id).toBe('4-2');
    expect(f && importFindingText('zh', f)).toContain('2024年9月底前完成整改');
    expect(f?.quote).toBe('落实领导和把');
  });

  it('links section 四 to 1, 4-1 and 9-1: 长期坚持 = 是, its text in 长期举措, its own deadline kept', () => {
    const longTerm = result.problems.filter((p) => p.longTerm);
    expect(longTerm.map((p) => p.id)).toEqual(expected.filter((r) => r.长期坚持 === '是').map((r) => r.编号));
    for (const p of longTerm) {
      const want = expected.find((r) => r.编号 === p.id)!;
      expect(p.longTermMeasures).toBe(want.长期举措);
    }
    expect(longTerm.map((p) => p.longTermDeadline)).toEqual([
      '2024年12月底前完成整改',
      '2024年12月底前完成整改',
      '2024年9月30日前完成整改',
    ]);
    // …which is the ledger's 长期举措时限, row for row, blank where a problem is not long-term.
    expect(result.problems.map((p) => p.longTermDeadline)).toEqual(expected.map((r) => r.长期举措时限));
    // The row keeps its own status and deadline; 四 only adds to it.
    expect(longTerm.map((p) => [p.status, p.deadline])).toEqual(
      expected.filter((r) => r.长期坚持 === '是').map((r) => [r.整改状态, r.整改时限]),
    );
  });

  it('puts the free paragraphs of sections 一 and 五 in the narrative, as examples/narrative.csv has them', () => {
    expect(result.narrative.map((n) => [n.section, n.text])).toEqual(narrative);
  });

  it('compares the printed figures with the rows and reports the difference', () => {
    expect(result.printedFigures).toEqual({
      total: 37,
      done: 16,
      inProgress: 20,
      notDone: 1,
      longTerm: 4,
      recovered: 0.02,
    });
    expect(result.rowFigures).toMatchObject({ total: 34, done: 15, inProgress: 18, notDone: 1, longTerm: 3 });
    const f = result.findings.find((x) => x.code === 'import.figures');
    const message = f ? importFindingText('zh', f) : '';
    expect(message).toContain('问题-3');
    expect(message).toContain('已完成-1');
    expect(message).toContain('正在整改-2');
    expect(message).toContain('长期坚持-1');
    expect(result.findings.some((x) => x.code === 'import.recovered')).toBe(true);
  });

  it('places every line of the input: in a row, the narrative or the unplaced list (nothing dropped)', () => {
    const placed = new Set<number>();
    for (const p of result.problems) for (const n of p.paragraphs) placed.add(n);
    for (const n of result.narrative) for (const k of n.paragraphs) placed.add(k);
    for (const u of result.unplaced) for (const k of u.paragraphs) placed.add(k);
    const lines = textParagraphs(seed);
    const missing = lines
      .map((l, i) => ({ n: i + 1, text: l.text.trim() }))
      .filter((l) => l.text !== '' && !/^—\s*\d+\s*—$/.test(l.text) && !placed.has(l.n));
    // Headings (sections, categories) are read as structure; everything else must be placed.
    expect(missing.filter((l) => !/^([一二三四五]、|\d+\.|成效$)/.test(l.text))).toEqual([]);
    expect(result.unplaced.map((u) => u.reason)).toEqual([
      'frontMatter',
      'summary',
      'supervision',
      'signature',
    ]);
  });

  it('says which category titles the PDF lost, quoting the heading line, and has no errors', () => {
    const titles = result.findings.filter((f) => f.code === 'import.categoryTitle');
    expect(titles).toHaveLength(12);
    expect(titles[10].quote).toBe('11.“ ”');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.problems[0].category).toBe('1.');
  });

  it('writes the rows under the ledger’s own headers', () => {
    const grid = importedLedgerGrid(result.problems);
    expect(grid[0].slice(0, header.length)).toEqual(header);
    expect(grid).toHaveLength(35);
    expect(grid[1][header.indexOf('长期坚持')]).toBe('是');
    expect(grid[1][header.indexOf('长期举措时限')]).toBe('2024年12月底前完成整改');
  });
});
