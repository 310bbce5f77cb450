// Compile-time proof that the pages' server calls are typed: each @ts-expect-error below must stay an error, so
// if call() or t() ever accepted any name or any result, `tsc --noEmit` (run by npm test) would fail here.
import type { ImportServer } from '../../src/gas/import/contract';
import type { SidebarServer } from '../../src/gas/sidebar/contract';
import type { ServerCall } from '../../src/gas/ui/script-run';
import type { t } from '../../src/gas/ui/sidebar/strings';

declare const call: ServerCall<SidebarServer>;
declare const importCall: ServerCall<ImportServer>;
declare const text: typeof t;

export async function typedCalls(): Promise<void> {
  const dashboard = await call('getDashboard');
  // The result is the server's own Dashboard: its fields are known…
  dashboard.tiles.overdue.toFixed();
  // @ts-expect-error …and a field it does not have is an error.
  dashboard.tilez;
  // @ts-expect-error A name that is not a server function is an error.
  await call('getDashbord');
  // @ts-expect-error selectRow needs its row.
  await call('selectRow');
  const saved = await call('saveSettings', {});
  saved.ok.valueOf();
  const written: string = await importCall('appendImported', { problems: [], narrative: [] });
  written.trim();
  // @ts-expect-error readImportDoc takes the link as a string.
  await importCall('readImportDoc', 42);
  text('asOf', { asOf: '2024-10-30', sheet: '台账' });
  // @ts-expect-error Every placeholder of a message needs its value.
  text('asOf', { asOf: '2024-10-30' });
  // @ts-expect-error An id that is not in the catalogue is an error.
  text('tilte');
}
