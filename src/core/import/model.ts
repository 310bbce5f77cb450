// What the document importer reads (paragraphs) and gives back (ledger rows, narrative, unplaced, findings).
import type { ProblemTextFields } from '../fields';
import type { ImportFindingMessage } from '../messages/findings-import';
import type { Status } from '../status';

/** One paragraph (or, from a PDF or a hard-wrapped text, one printed line) of the input, in order. */
export interface SourceParagraph {
  text: string;
  /** True when every character is bold, false when none or some are, undefined when the format cannot say. */
  bold?: boolean;
}

/**
 * 'paragraphs': each input paragraph is a whole paragraph (.docx, .md, .html, a Google Doc);
 * 'lines': each is a printed line of a wrapped page (PDF text), so paragraphs must be rebuilt;
 * 'auto': decide from the line widths (plain text may be either).
 */
export type InputLayout = 'paragraphs' | 'lines' | 'auto';

export interface ImportOptions {
  layout?: InputLayout;
  /** 问题来源 of the rows of the main section when the document does not say (default from 巡察/巡视). */
  defaultSource?: string;
}

/** One row of the ledger, as the ledger's fields name them; text exactly as printed (spaces of a PDF aside). */
export interface ImportedProblem extends ProblemTextFields {
  ownerEmail: string;
  /** The deadline phrase as printed, without its full stop (“2024年9月底前完成整改”). */
  deadline: string;
  /** The ledger's status label (已完成, 正在整改, 未完成, 长期坚持), '' when the document gives none. */
  status: string;
  statusKey: Status | null;
  longTerm: boolean;
  longTermMeasures: string;
  /** The long-term section's own deadline, when it differs from the row's deadline. */
  longTermDeadline: string;
  remarks: string;
  /** 1-based numbers of the input paragraphs the row was read from. */
  paragraphs: number[];
}

export interface NarrativeParagraph {
  /** The section title without its numeral (“党组及主要负责人组织整改落实情况”), as 通报正文's 章节 takes it. */
  section: string;
  text: string;
  paragraphs: number[];
}

export type UnplacedReason = 'frontMatter' | 'supervision' | 'signature' | 'heading' | 'orphan' | 'summary';

export interface UnplacedParagraph {
  text: string;
  reason: UnplacedReason;
  paragraphs: number[];
}

export type { ImportFindingMessage } from '../messages/findings-import';

/** An import finding: what it says (code and parameters; importFindingText renders it) and where. */ export type ImportFinding =
  ImportFindingMessage & {
    severity: 'error' | 'warning';
    /** The row it concerns, when there is one. */
    id?: string;
    /** 1-based input paragraph, and its text, so a person can check it against the document. */
    paragraph?: number;
    quote?: string;
  };

/** The counts a notice prints in its summary sentence (“巡察反馈的37个具体问题，已完成整改16个…”). */
export interface Figures {
  total: number | null;
  done: number | null;
  inProgress: number | null;
  notDone: number | null;
  longTerm: number | null;
  recovered: number | null;
}

export interface ImportResult {
  problems: ImportedProblem[];
  narrative: NarrativeParagraph[];
  unplaced: UnplacedParagraph[];
  findings: ImportFinding[];
  /** The figures the document prints, or null when it prints none. */
  printedFigures: Figures | null;
  /** The same figures counted from the rows. */
  rowFigures: Figures;
  /** How the input was read, and how many page numbers (“— 5 —”) were taken out. */
  layout: 'paragraphs' | 'lines';
  pageNumbers: number;
}
