// The colours the dashboard's charts share: one per status segment, the same as the sheet's fills suggest.
export const SEGMENTS = ['done', 'inProgress', 'notDone', 'longTerm', 'unknown'] as const;

export const SEGMENT_COLOUR: Record<(typeof SEGMENTS)[number], string> = {
  done: '#6aa84f',
  inProgress: '#f1c232',
  notDone: '#cc4125',
  longTerm: '#3d85c6',
  unknown: '#9aa0a6',
};
