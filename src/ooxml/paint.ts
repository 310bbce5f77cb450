// Colours a copy of a workbook as a surgical patch: only the parts colour needs change, every other entry is copied.
//
// What may differ from the input: the ledger sheet's style indexes (s="…") of painted cells and empty cells
// created to carry a fill; cell formats, fills and legend fonts appended to styles.xml; our notes in the
// comments parts and their VML shapes (plus a <legacyDrawing> and relationships when a sheet had no notes);
// the legend sheet with its workbook, relationship and content-type entries. Everything else is copied as
// stored in the zip: charts, pivots, slicers, images, macros, validations, print settings, defined names.
import { bytesToText, patchComments, patchVml, textToBytes } from './notes';
import {
  findEntry,
  partBytes,
  partText,
  type Relationship,
  relationshipsOf,
  relsPartOf,
  type SheetRef,
  type XlsxBook,
} from './package';
import { writeLegend } from './paint-legend';
import { addRelationships, type NewRelationship, PackageEdits, relativeTarget, utf8 } from './paint-parts';
import type { PaintRequest, PaintResult } from './paint-request';
import { patchSheet, type SheetPlan } from './sheet-patch';
import { StylesPatch } from './styles';
import { writeZip } from './zip-write';

export type { LegendCell, PaintRequest, PaintResult } from './paint-request';

type Comments = NonNullable<ReturnType<typeof patchComments>>;

/** What one paint shares between its sheets. */
interface PaintRun {
  edits: PackageEdits;
  request: PaintRequest;
  styles: StylesPatch;
  counts: { keptFills: number; written: number; skipped: number };
}

/** The sheet's comments part rewritten (made new when the sheet had none); null when its notes stay as they are. */
function writeComments(
  run: PaintRun,
  sheet: SheetRef,
  rels: Relationship[],
  relsAdd: NewRelationship[],
): Comments | null {
  const { edits, request, counts } = run;
  const notes = request.notes.filter((n) => n.sheet.part === sheet.part);
  const commentsRel = rels.find((r) => r.type === 'comments' && !r.external);
  const existing = commentsRel ? partText(edits.book, commentsRel.target) : null;
  const comments = patchComments(existing, notes, request.noteMarks, request.noteAuthor);
  if (!comments) {
    counts.skipped += notes.length;
    return null;
  }
  counts.written += comments.added.length;
  counts.skipped += comments.skipped;
  let commentsPart = commentsRel?.target ?? null;
  if (!commentsPart) {
    commentsPart = edits.freePart((n) => `xl/comments${n}.xml`);
    relsAdd.push({
      id: edits.freeId(rels),
      type: 'comments',
      target: relativeTarget(sheet.part, commentsPart),
    });
    edits.overrides.push([
      commentsPart,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
    ]);
  }
  edits.put(commentsPart, utf8(comments.text));
  return comments;
}

/** Rewrites the sheet's VML shapes for its notes; returns a relationship id when a new VML part needs a <legacyDrawing>. */
function writeVml(
  edits: PackageEdits,
  sheet: SheetRef,
  sheetNumber: number,
  rels: Relationship[],
  relsAdd: NewRelationship[],
  comments: Comments,
  existingId: string | null,
): string | null {
  const book = edits.book;
  const vmlRel = existingId ? rels.find((r) => r.id === existingId) : undefined;
  if (vmlRel) {
    const entry = findEntry(book.zip, vmlRel.target);
    const text = entry ? bytesToText(partBytes(book, vmlRel.target) ?? new Uint8Array(0)) : null;
    const vml = patchVml(text, comments.removed, comments.added, sheetNumber);
    edits.put(vmlRel.target, textToBytes(vml), entry !== undefined);
    return null;
  }
  if (comments.added.length === 0) return null;
  const vmlPart = edits.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
  edits.added.push({
    name: vmlPart,
    data: utf8(patchVml(null, comments.removed, comments.added, sheetNumber)),
  });
  edits.defaults.push(['vml', 'application/vnd.openxmlformats-officedocument.vmlDrawing']);
  const id = edits.freeId(rels);
  relsAdd.push({ id, type: 'vmlDrawing', target: relativeTarget(sheet.part, vmlPart) });
  return id;
}

/** Notes and paint of one worksheet: every sheet with a comments part (our old notes go everywhere), and the ledger. */
function paintSheet(run: PaintRun, sheet: SheetRef, index: number): void {
  const { edits, request } = run;
  const book = edits.book;
  const isLedger = sheet.part === request.sheet.part;
  const rels = relationshipsOf(book, sheet.part);
  const hasNotes = request.notes.some((n) => n.sheet.part === sheet.part);
  if (!isLedger && !hasNotes && !rels.some((r) => r.type === 'comments' && !r.external)) return;
  const relsAdd: NewRelationship[] = [];
  const comments = writeComments(run, sheet, rels, relsAdd);
  // A sheet that only had notes of a person's, untouched, is not rewritten at all.
  if (!isLedger && !comments) return;
  const plan: SheetPlan = {
    paint: isLedger ? request : undefined,
    onLegacyDrawing: (existingId) =>
      comments ? writeVml(edits, sheet, index + 1, rels, relsAdd, comments, existingId) : null,
  };
  const patched = patchSheet(book, sheet, run.styles, plan, run.counts);
  if (patched) edits.replaced.set(sheet.part.toLowerCase(), { deflated: patched });
  if (relsAdd.length > 0) {
    const relsPart = relsPartOf(sheet.part);
    const existingRels = partText(book, relsPart);
    edits.put(relsPart, utf8(addRelationships(existingRels, relsAdd)), existingRels !== null);
  }
}

/** styles.xml with our formats appended (made new when the workbook had none). */
function writeStyles(edits: PackageEdits, styles: StylesPatch): void {
  const book = edits.book;
  const stylesText = styles.result();
  if (stylesText === null) return;
  if (book.stylesPart && findEntry(book.zip, book.stylesPart)) {
    edits.put(book.stylesPart, utf8(stylesText), true);
    return;
  }
  const part = edits.freePart((n) => (n === 1 ? 'xl/styles.xml' : `xl/stylesRectify${n}.xml`));
  edits.added.push({ name: part, data: utf8(stylesText) });
  edits.overrides.push([part, 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml']);
  edits.workbookRelsAdd.push({
    id: edits.freeId(edits.workbookRels),
    type: 'styles',
    target: relativeTarget(book.workbookPart, part),
  });
}

/** Paints the ledger, rewrites notes and the legend, and returns the copy; see the module comment for what changes. */
export function paintWorkbook(book: XlsxBook, request: PaintRequest): PaintResult {
  const edits = new PackageEdits(book);
  const styles = new StylesPatch(book.stylesPart ? partText(book, book.stylesPart) : null);
  const run: PaintRun = { edits, request, styles, counts: { keptFills: 0, written: 0, skipped: 0 } };
  const worksheets = book.sheets.filter((s) => s.kind === 'worksheet');
  for (const [index, sheet] of worksheets.entries()) paintSheet(run, sheet, index);
  const legendSheet = writeLegend(edits, request, styles);
  writeStyles(edits, styles);
  edits.finishPackage();
  return {
    bytes: writeZip(book.zip, edits.outputs()),
    keptFills: run.counts.keptFills,
    notes: run.counts.written,
    skippedNotes: run.counts.skipped,
    legendSheet,
  };
}
