// Notice tests' environment: the example spreadsheet in a Drive folder, and Services with DocumentApp/DriveApp fakes.
import { type Services, withServices } from '../../src/gas/platform/services';
import type { FakeEnv } from '../fakes';
import { type ExampleOptions, exampleEnv, servicesOf } from './helpers';

/** The example workbook, filed in the Drive folder “巡察整改” as an office would keep it. */
export function noticeEnv(options: ExampleOptions = {}): { env: FakeEnv; folderId: string } {
  const env = exampleEnv({ pinAsOf: true, ...options });
  const folder = env.drive.addFolder('巡察整改');
  const sheetFile = env.drive.items.get(env.spreadsheet._id)!;
  sheetFile.parents = [folder.id];
  return { env, folderId: folder.id };
}

export function noticeServices(env: FakeEnv): Services {
  return withServices(servicesOf(env), {
    document: env.gas.DocumentApp,
    drive: env.gas.Drive,
  });
}

/** Ids of Drive items in a folder by name, uncounted. */
export function namesIn(env: FakeEnv, folderId: string): string[] {
  return env.drive.childrenOf(folderId).map((i) => i.name);
}
