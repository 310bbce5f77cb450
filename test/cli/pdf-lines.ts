// The text lines of a PDF with their boxes, as pdftotext -bbox-layout reports them: the notice tests measure
// LibreOffice's and Chromium's printing with it.
import { execFileSync } from 'node:child_process';

export interface Line {
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
  words: string[];
  text: string;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Every text line of the PDF with its box (pdftotext -bbox-layout). */
export function linesOf(pdf: string): Line[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8' });
  const out: Line[] = [];
  html
    .split('<page ')
    .slice(1)
    .forEach((page, i) => {
      for (const m of page.matchAll(
        /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g,
      )) {
        const words = [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => decode(w[1]));
        out.push({
          page: i + 1,
          xMin: +m[1],
          yMin: +m[2],
          xMax: +m[3],
          yMax: +m[4],
          words,
          text: words.join(''),
        });
      }
    });
  return out;
}
