// enableDailyReminders / disableDailyReminders: one trigger, at the 设置 hour, one owner; a stray trigger stands down.
import { describe, expect, it } from '@jest/globals';
import { dailyReminders } from '../../src/gas/reminders/daily';
import { disableDailyReminders, enableDailyReminders } from '../../src/gas/reminders/trigger';
import { exampleEnv, exampleGrid, servicesOf } from './helpers';

const A = 'owner@example.org';
const B = 'colleague@example.org';

function as(env: ReturnType<typeof exampleEnv>, user: string) {
  env.setActiveUser(user);
  env.lock.endExecution();
  return servicesOf(env);
}

const clockTriggers = (env: ReturnType<typeof exampleEnv>) =>
  env.triggers.all().filter((t) => t.handler === 'dailyReminders');

describe('enableDailyReminders', () => {
  it('creates one daily trigger at the hour set in 设置, in the spreadsheet’s time zone', () => {
    const settings = exampleGrid('settings').concat([['提醒时间（点）', '9']]);
    const env = exampleEnv({ settings });
    expect(enableDailyReminders(as(env, A))?.status).toBe('created');
    expect(clockTriggers(env)).toEqual([
      expect.objectContaining({
        owner: A,
        eventType: 'CLOCK',
        schedule: { atHour: 9, everyDays: 1, timeZone: 'Asia/Shanghai' },
      }),
    ]);
    expect(env.metadata.get('rectify.reminders.owner')).toBe(A);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(
      '每天 9 点左右（Asia/Shanghai）由您的账号 owner@example.org',
    );
  });

  it('makes no second trigger when called again', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    expect(enableDailyReminders(as(env, A))?.status).toBe('unchanged');
    expect(clockTriggers(env)).toHaveLength(1);
    expect(env.ui.alerts.at(-1)!.prompt).toContain('每日提醒已经开启');
  });

  it('moves the one trigger when the hour in 设置 changed', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    env.sheet('设置').appendRow(['提醒时间（点）', '18']);
    expect(enableDailyReminders(as(env, A))?.status).toBe('rescheduled');
    expect(clockTriggers(env).map((t) => t.schedule.atHour)).toEqual([18]);
  });

  it('names the other user who owns the trigger and creates none', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    const result = enableDailyReminders(as(env, B));
    expect(result).toEqual({ status: 'owned-by-other', owner: A, hour: 8 });
    expect(clockTriggers(env).map((t) => t.owner)).toEqual([A]);
    expect(env.ui.alerts.at(-1)!.prompt).toContain(`每日提醒已由 ${A} 开启（每天 8 点）`);
  });

  it('cleans up duplicate triggers of the same user left by an older version', () => {
    const env = exampleEnv();
    const s = as(env, A);
    for (let i = 0; i < 2; i++)
      s.script.newTrigger('dailyReminders').timeBased().everyDays(1).atHour(8).create();
    enableDailyReminders(s);
    expect(clockTriggers(env)).toHaveLength(1);
  });
});

describe('disableDailyReminders after its question (Ui.alert suspends the script and drops the lock)', () => {
  it('takes the document lock again after the answer, before it clears the owner', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    const s = as(env, B);
    const before = env.lock.attempts.length;
    env.ui.queueAlert('YES');
    let stateDuringQuestion = '';
    env.ui.duringNextAlert(() => {
      stateDuringQuestion = env.lock.state('document');
    });
    expect(disableDailyReminders(s)?.status).toBe('stopped-other');
    expect(stateDuringQuestion).toBe('free');
    const attempts = env.lock.attempts.slice(before);
    expect(attempts.map((a) => a.acquired)).toEqual([true, true]);
    expect(env.metadata.has('rectify.reminders.owner')).toBe(false);
  });

  it('changes nothing when another execution holds the lock once the question is answered', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    const s = as(env, B);
    env.ui.queueAlert('YES');
    env.ui.duringNextAlert(() => env.lock.holdByOther('document'));
    expect(disableDailyReminders(s)).toBeUndefined();
    expect(env.ui.alerts.at(-1)?.prompt).toContain('您回答问题时另一项操作开始运行');
    expect(env.metadata.get('rectify.reminders.owner')).toBe(A);
  });

  it('changes nothing when the owner changed while the question was open', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    const s = as(env, B);
    env.ui.queueAlert('YES');
    env.ui.duringNextAlert(() => {
      env.metadata.set('rectify.reminders.owner', 'third@example.org');
    });
    expect(disableDailyReminders(s)?.status).toBe('owned-by-other');
    expect(env.metadata.get('rectify.reminders.owner')).toBe('third@example.org');
    expect(env.ui.alerts.at(-1)?.prompt).toContain('已被他人更改');
  });
});

describe('disableDailyReminders', () => {
  it('removes the owner’s trigger and the stored owner', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    expect(disableDailyReminders(as(env, A))?.status).toBe('removed');
    expect(clockTriggers(env)).toHaveLength(0);
    expect(env.metadata.has('rectify.reminders.owner')).toBe(false);
    expect(disableDailyReminders(as(env, A))?.status).toBe('off');
  });

  it('lets another user stop the owner’s reminders after asking; the owner’s trigger then sends nothing', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    env.ui.queueAlert('NO');
    expect(disableDailyReminders(as(env, B))?.status).toBe('owned-by-other');
    expect(env.metadata.get('rectify.reminders.owner')).toBe(A);
    env.ui.queueAlert('YES');
    expect(disableDailyReminders(as(env, B))?.status).toBe('stopped-other');
    // Google lets B delete only B's triggers, so A's remains until it runs, sends nothing and removes itself.
    expect(clockTriggers(env).map((t) => t.owner)).toEqual([A]);
    const run = dailyReminders(undefined, as(env, A));
    expect(run.status).toBe('not-owner');
    expect(env.sentMail).toHaveLength(0);
    expect(clockTriggers(env)).toHaveLength(0);
    // B may now turn them on from B's account.
    expect(enableDailyReminders(as(env, B))?.status).toBe('created');
    expect(dailyReminders(undefined, as(env, B)).sent).toHaveLength(5);
  });
});

describe('two users with a trigger each', () => {
  it('sends each mail once: only the recorded owner’s trigger sends', () => {
    const env = exampleEnv();
    enableDailyReminders(as(env, A));
    // B's trigger from before the owner was recorded (or made in the script editor).
    as(env, B).script.newTrigger('dailyReminders').timeBased().everyDays(1).atHour(8).create();
    expect(dailyReminders(undefined, as(env, B)).status).toBe('not-owner');
    expect(dailyReminders(undefined, as(env, A)).sent).toHaveLength(5);
    expect(env.sentMail).toHaveLength(5);
    expect(clockTriggers(env).map((t) => t.owner)).toEqual([A]);
  });
});

const TRIGGER_KEY = 'rectify.reminders.trigger';

/** The same user's dailyReminders trigger made in another spreadsheet: a clock trigger names no document. */
function otherDocumentTrigger(env: ReturnType<typeof exampleEnv>, user: string): string {
  return as(env, user)
    .script.newTrigger('dailyReminders')
    .timeBased()
    .atHour(7)
    .everyDays(1)
    .create()
    .getUniqueId();
}

/** Runs a test body with the Marketplace build's flag set, as esbuild's define would. */
function asAddonBuild(body: () => void): () => void {
  return () => {
    (globalThis as { RECTIFY_ADDON?: boolean }).RECTIFY_ADDON = true;
    try {
      body();
    } finally {
      delete (globalThis as { RECTIFY_ADDON?: boolean }).RECTIFY_ADDON;
    }
  };
}

describe('as a Marketplace add-on, where a user’s triggers serve several spreadsheets', () => {
  it(
    'records the trigger it makes, and never counts or removes one serving another document',
    asAddonBuild(() => {
      const env = exampleEnv();
      const elsewhere = otherDocumentTrigger(env, A);
      expect(enableDailyReminders(as(env, A))?.status).toBe('created');
      const mine = clockTriggers(env).find((t) => t.id !== elsewhere)!;
      expect(env.metadata.get(TRIGGER_KEY)).toBe(mine.id);
      expect(enableDailyReminders(as(env, A))?.status).toBe('unchanged');
      env.sheet('设置').appendRow(['提醒时间（点）', '18']);
      expect(enableDailyReminders(as(env, A))?.status).toBe('rescheduled');
      const moved = clockTriggers(env).find((t) => t.id !== elsewhere)!;
      expect(moved.schedule.atHour).toBe(18);
      expect(env.metadata.get(TRIGGER_KEY)).toBe(moved.id);
      expect(disableDailyReminders(as(env, A))?.status).toBe('removed');
      expect(clockTriggers(env).map((t) => t.id)).toEqual([elsewhere]);
      expect(env.metadata.has(TRIGGER_KEY)).toBe(false);
    }),
  );

  it(
    'turning off reminders that were never on here leaves the user’s other documents’ triggers alone',
    asAddonBuild(() => {
      const env = exampleEnv();
      const elsewhere = otherDocumentTrigger(env, A);
      expect(disableDailyReminders(as(env, A))?.status).toBe('off');
      expect(clockTriggers(env).map((t) => t.id)).toEqual([elsewhere]);
    }),
  );

  it(
    'a trigger that stands down here removes itself only, not the same user’s trigger for another document',
    asAddonBuild(() => {
      const env = exampleEnv();
      enableDailyReminders(as(env, A));
      const here = env.metadata.get(TRIGGER_KEY)!;
      const elsewhere = otherDocumentTrigger(env, A);
      env.ui.queueAlert('YES');
      expect(disableDailyReminders(as(env, B))?.status).toBe('stopped-other');
      const run = dailyReminders(env.triggers.clockEvent(here), as(env, A));
      expect(run.status).toBe('not-owner');
      expect(env.sentMail).toHaveLength(0);
      expect(clockTriggers(env).map((t) => t.id)).toEqual([elsewhere]);
      // Run from the editor (no event), it cannot tell which trigger is this document's: it removes none.
      expect(dailyReminders(undefined, as(env, A)).status).toBe('not-owner');
      expect(clockTriggers(env).map((t) => t.id)).toEqual([elsewhere]);
    }),
  );
});

describe('in the sheet-bound script, every dailyReminders trigger is this spreadsheet’s', () => {
  /** Reminders turned on by a version that kept no trigger id. */
  function legacy(env: ReturnType<typeof exampleEnv>): string {
    const id = otherDocumentTrigger(env, A);
    env.properties.document.set('rectify.reminders.owner', A);
    env.properties.document.set('rectify.reminders.hour', '8');
    return id;
  }

  it('turning off removes a trigger made before ids were kept', () => {
    const env = exampleEnv();
    legacy(env);
    expect(disableDailyReminders(as(env, A))?.status).toBe('removed');
    expect(clockTriggers(env)).toHaveLength(0);
    expect(env.metadata.has('rectify.reminders.owner')).toBe(false);
  });

  it('turning on again keeps that trigger and records it, making no second one', () => {
    const env = exampleEnv();
    const id = legacy(env);
    expect(enableDailyReminders(as(env, A))?.status).toBe('unchanged');
    expect(clockTriggers(env).map((t) => t.id)).toEqual([id]);
    expect(env.metadata.get(TRIGGER_KEY)).toBe(id);
  });
});
