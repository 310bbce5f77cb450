// Utilities.parseDate: a wall-clock text read in the given zone, as Google's SimpleDateFormat-based parser does.
import { describe, expect, it } from '@jest/globals';
import { createFakeEnv } from './index';

describe('Utilities.parseDate', () => {
  const { Utilities } = createFakeEnv();

  it('reads a calendar date as midnight in the zone, and a time when the pattern has one', () => {
    expect(Utilities.parseDate('2024-10-30', 'Asia/Shanghai', 'yyyy-MM-dd')).toEqual(
      new Date('2024-10-29T16:00:00Z'),
    );
    expect(Utilities.parseDate('2024/3/5 08:30', 'Europe/London', 'yyyy/M/d HH:mm')).toEqual(
      new Date('2024-03-05T08:30:00Z'),
    );
  });

  it('round-trips with formatDate and refuses text that does not fit the pattern', () => {
    const d = Utilities.parseDate('2024-07-01', 'America/New_York', 'yyyy-MM-dd');
    expect(Utilities.formatDate(d, 'America/New_York', 'yyyy-MM-dd HH:mm')).toBe('2024-07-01 00:00');
    expect(() => Utilities.parseDate('30 Oct', 'Asia/Shanghai', 'yyyy-MM-dd')).toThrow('Unparseable date');
  });
});
