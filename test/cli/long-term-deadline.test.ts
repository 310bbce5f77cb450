// `rectify notice` on the example workbook: section 四 prints the seed's own long-term deadlines (长期举措时限).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { main } from '../../src/cli/main';
import { captureIo, scratchDir } from './helpers';

describe('长期举措时限 through the command line', () => {
  test('rectify notice on the example workbook prints the seed’s three long-term deadlines in 四', async () => {
    const out = join(scratchDir(), 'notice.html');
    const xlsx = join(__dirname, '..', '..', 'examples', 'ledger.xlsx');
    expect(await main(['notice', xlsx, '--out', out, '--lang', 'zh'], captureIo())).toBe(0);
    const html = readFileSync(out, 'utf8');
    const four = html.slice(html.indexOf('四、'), html.indexOf('五、'));
    expect(four.match(/\d{4}年[^。<]*前完成整改。/g)).toEqual([
      '2024年12月底前完成整改。',
      '2024年12月底前完成整改。',
      '2024年9月30日前完成整改。',
    ]);
  });
});
