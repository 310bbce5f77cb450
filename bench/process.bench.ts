// Whole-process bench of the CLI (`/usr/bin/time -v`): start-up, check and colour at 10k/100k rows, a zip bomb.
// BENCH_CLI=dir runs another build (dir/bin/rectify.js), so a before → after comparison uses the same inputs;
// BENCH_ROWS=10000,100000 picks the ledger sizes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDeflateRaw } from 'node:zlib';
import { zipSync } from 'fflate';
import { generateLedger, HEADERS } from './generate';

const AS_OF = '2024-10-30';
const root = resolve(process.env.BENCH_CLI ?? '.');
const bin = join(root, 'bin', 'rectify.js');

interface Run {
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  rssMb: number;
  code: number;
}

/** Runs one command under /usr/bin/time -v: wall time and peak resident memory of the whole process. */
function timed(argv: string[]): Run {
  const r = spawnSync('/usr/bin/time', ['-v', ...argv], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = Number(/User time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? 0);
  const system = Number(/System time \(seconds\): ([\d.]+)/.exec(r.stderr)?.[1] ?? 0);
  if (!wall || !rss) throw new Error(`no timing from /usr/bin/time:\n${r.stderr.slice(-2000)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { seconds, cpu: user + system, rssMb: Number(rss[1]) / 1024, code: r.status ?? -1 };
}

function median(runs: Run[]): Run {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

function bench(label: string, argv: string[], times: number): Run {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(timed(argv));
  const m = median(runs);
  console.log(
    `${label.padEnd(46)} ${m.seconds.toFixed(2).padStart(7)} s   cpu ${m.cpu.toFixed(2).padStart(6)} s   rss ${m.rssMb.toFixed(0).padStart(5)} MB   exit ${m.code}${times > 1 ? `   (median of ${times})` : ''}`,
  );
  return m;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function col(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** An .xlsx as Excel writes it (shared strings, a title banner), built directly so the bench does not depend on the code it measures. */
function ledgerXlsx(rows: number): Uint8Array {
  const grid = generateLedger(rows);
  const strings = new Map<string, number>();
  const sst: string[] = [];
  const index = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) {
      i = sst.length;
      strings.set(s, i);
      sst.push(s);
    }
    return i;
  };
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>',
    `<row r="1"><c r="A1" t="s"><v>${index('巡察整改台账（基准测试）')}</v></c></row>`,
  ];
  grid.forEach((cells, i) => {
    const r = i + 2;
    let row = `<row r="${r}">`;
    cells.forEach((v, c) => {
      if (v === '' || v === null || v === undefined) return;
      const ref = `${col(c + 1)}${r}`;
      row +=
        typeof v === 'number'
          ? `<c r="${ref}"><v>${v}</v></c>`
          : `<c r="${ref}" t="s"><v>${index(String(v))}</v></c>`;
    });
    parts.push(`${row}</row>`);
  });
  parts.push(
    `</sheetData><mergeCells count="1"><mergeCell ref="A1:${col(HEADERS.length)}1"/></mergeCells></worksheet>`,
  );
  const enc = new TextEncoder();
  return zipSync(
    {
      '[Content_Types].xml': enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
      ),
      'xl/styles.xml': enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
      ),
      'xl/sharedStrings.xml': enc.encode(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.length}" uniqueCount="${sst.length}">${sst.map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
      ),
      'xl/worksheets/sheet1.xml': enc.encode(parts.join('')),
    },
    { level: 6 },
  );
}

/** A zip whose one sheet entry inflates to `gib` GiB of zeros: a few MB on disk (zlib streams it, so building it stays small). */
async function zipBomb(path: string, gib: number): Promise<void> {
  const chunk = Buffer.alloc(1 << 20);
  const deflater = createDeflateRaw({ level: 9 });
  const pieces: Buffer[] = [];
  deflater.on('data', (d: Buffer) => pieces.push(d));
  const done = new Promise((ok) => deflater.on('end', ok));
  for (let i = 0; i < gib * 1024; i++) {
    if (!deflater.write(chunk)) await new Promise((ok) => deflater.once('drain', ok));
  }
  deflater.end();
  await done;
  const data = Buffer.concat(pieces);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const size = gib * 2 ** 30;
  // Honest sizes would be refused from the directory alone; declare a small size, as a hostile file would.
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(size % 2 ** 32 || 1000, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  writeFileSync(path, Buffer.concat([local, name, data, central, name, end]));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rectify-process-'));
  try {
    console.log(`CLI under test: ${bin}`);
    execFileSync(process.execPath, [bin, '--help'], { stdio: 'ignore' });
    const node = bench('node -e 0', [process.execPath, '-e', '0'], 5);
    bench('rectify --help', [process.execPath, bin, '--help'], 5);
    const example = join('examples', 'ledger.xlsx');
    const check = bench(
      'rectify check examples/ledger.xlsx',
      [process.execPath, bin, 'check', example, '--as-of', AS_OF],
      5,
    );
    console.log(`  check on the example / node -e 0: ${(check.seconds / node.seconds).toFixed(2)}×`);
    const sizes = (process.env.BENCH_ROWS ?? '10000,100000,150000').split(',').map(Number);
    for (const rows of sizes) {
      const input = join(dir, `ledger-${rows}.xlsx`);
      writeFileSync(input, ledgerXlsx(rows));
      const mb = (statSync(input).size / 2 ** 20).toFixed(1);
      const n = rows.toLocaleString('en');
      const times = rows <= 10_000 ? 3 : 1;
      bench(
        `rectify colour ${n} rows (${mb} MB)`,
        [process.execPath, bin, 'colour', input, '--out', join(dir, 'out.xlsx'), '--as-of', AS_OF],
        times,
      );
      bench(
        `rectify check .xlsx ${n} rows`,
        [process.execPath, bin, 'check', input, '--as-of', AS_OF, '--json'],
        times,
      );
    }
    const bomb = join(dir, 'bomb.xlsx');
    await zipBomb(bomb, 3);
    const bombMb = (statSync(bomb).size / 2 ** 20).toFixed(1);
    bench(`rectify check on a zip bomb (${bombMb} MB → 3 GiB)`, [process.execPath, bin, 'check', bomb], 1);
    try {
      execFileSync('python3', ['-c', 'import openpyxl'], { stdio: 'ignore' });
      console.log('openpyxl is installed, but no comparison script is wired in yet');
    } catch {
      console.log(
        'openpyxl: not installed here (python3 -c "import openpyxl" fails; PyPI is unreachable), so no openpyxl comparison',
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
