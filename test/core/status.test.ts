// Status vocabulary: the four statuses, their aliases, and the message for a word that is none of them.
import { describe, expect, it } from '@jest/globals';
import {
  findingMessage,
  findingText,
  type Locale,
  parseStatus,
  STATUSES,
  statusLabel,
  statusLabels,
} from '../../src/core';

describe('parseStatus', () => {
  it.each([
    ['已完成', 'done'],
    ['已整改', 'done'],
    ['已销号', 'done'],
    ['完成', 'done'],
    ['Done', 'done'],
    ['正在整改', 'inProgress'],
    ['整改中', 'inProgress'],
    ['推进中', 'inProgress'],
    ['In progress', 'inProgress'],
    ['未完成', 'notDone'],
    ['Not done', 'notDone'],
    ['已整改到位', 'done'],
    ['已办结', 'done'],
    ['未开始', 'notDone'],
    ['尚未整改', 'notDone'],
    ['长期坚持', 'longTerm'],
    ['Long-term', 'longTerm'],
  ])('%s → %s', (word, status) => {
    expect(parseStatus(word)).toBe(status);
  });

  it('ignores case, surrounding and inner spaces, and full-width letters', () => {
    expect(parseStatus('  已完成 ')).toBe('done');
    expect(parseStatus('已 完成')).toBe('done');
    expect(parseStatus('正在\u3000整改')).toBe('inProgress');
    expect(parseStatus('IN  PROGRESS')).toBe('inProgress');
    expect(parseStatus('ｄｏｎｅ')).toBe('done');
  });

  it('returns null for other words, names of object properties included', () => {
    for (const word of [
      '',
      '待定',
      '基本完成',
      'finished?',
      '已完成整改了吗',
      'constructor',
      '__proto__',
      'toString',
    ]) {
      expect(parseStatus(word)).toBeNull();
    }
  });

  it('accepts every label it offers in dropdowns', () => {
    for (const locale of ['zh', 'en'] as const) {
      expect(statusLabels(locale).map(parseStatus)).toEqual([...STATUSES]);
    }
    expect(statusLabel('inProgress')).toBe('正在整改');
    expect(statusLabel('inProgress', 'en')).toBe('In progress');
  });
});

describe("the 'status.unknown' finding", () => {
  const unknown = (text: string, locale: Locale) =>
    findingText(locale, findingMessage('status.unknown', { text }));

  it('names the word and lists every accepted status word', () => {
    const message = unknown('待定', 'zh');
    expect(message).toContain('“待定”');
    for (const word of ['已完成', '已整改', '已销号', '正在整改', '整改中', '推进中', '未完成', '长期坚持']) {
      expect(message).toContain(word);
    }
  });

  it('is English for the English locale', () => {
    const message = unknown('pending', 'en');
    expect(message).toContain('"pending"');
    for (const word of ['Done', 'In progress', 'Not done', 'Long-term']) expect(message).toContain(word);
  });
});
