// The roll-up build (build-rollup/Code.js, made by Jest's global set-up) in a bare vm with the fakes: menu and one run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { loadBundle } from '../fakes/vm';
import { manifestScopes, rollupEnv } from './rollup-env';

const DIR = join(__dirname, '..', '..', 'build-rollup');

describe('build-rollup', () => {
  test('ships its own manifest: spreadsheets to open the units, never the add-on’s currentonly', () => {
    expect(existsSync(join(DIR, 'Code.js'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(DIR, 'appsscript.json'), 'utf8')) as {
      oauthScopes: string[];
    };
    expect(manifest.oauthScopes).toEqual(manifestScopes('appsscript.rollup.json'));
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
  });

  test('onOpen adds 整改汇总 › 汇总各单位台账, and the menu function rolls the units up in the bundle', () => {
    const env = rollupEnv();
    const context = loadBundle(env, join(DIR, 'Code.js')) as Record<string, (...a: unknown[]) => unknown>;
    context.onOpen();
    expect(env.ui.menuItems()).toEqual([
      { path: ['整改汇总'], caption: '汇总各单位台账', functionName: 'rollupUnits' },
    ]);
    context.rollupUnits();
    // The real clock: five units take well under the budget, so one run finishes.
    expect(env.values('各单位汇总')[7].slice(1, 3)).toEqual(['合计', 41]);
    expect(env.triggers.all()).toEqual([]);
  });
});
