// Writes a small PDF by hand whose text layer holds given lines, in Chinese, with no font file and no tool.
//
// The font is the predefined CJK font STSong-Light with the predefined encoding UniGB-UCS2-H (ISO 32000-1
// 9.7.5.2, Table 118: a viewer supplies both), so each character is its UCS-2 code in a hex string.

function hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).padStart(4, '0');
  return out.toUpperCase();
}

export interface PdfOptions {
  /** Lines per page before a page break (GB/T 9704 prints 22). */
  linesPerPage?: number;
  /** Printed at the foot of each page as “— n —”, as official documents number pages. */
  pageNumbers?: boolean;
}

/** A PDF, one printed line per input line; blank input lines are skipped, as a page shows no line for them. */
export function handmadePdf(lines: readonly string[], options: PdfOptions = {}): Uint8Array {
  const perPage = options.linesPerPage ?? 22;
  const text = lines.map((l) => l.trim()).filter((l) => l !== '');
  const pages: string[][] = [];
  for (let i = 0; i < text.length; i += perPage) pages.push(text.slice(i, i + perPage));
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('');
  const pagesObj = add('');
  const font = add(
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [' +
      `${objects.length + 2} 0 R] >>`,
  );
  add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ' +
      `${objects.length + 2} 0 R /DW 1000 /W [1 95 500] >>`,
  );
  add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  const kids: number[] = [];
  pages.forEach((pageLines, p) => {
    const ops = pageLines.map((l, i) => `BT /F1 16 Tf 79 ${770 - i * 29} Td <${hex(l)}> Tj ET`);
    if (options.pageNumbers) ops.push(`BT /F1 14 Tf 280 40 Td <${hex(`— ${p + 1} —`)}> Tj ET`);
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] ` +
          `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let pdf = '%PDF-1.7\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
