// The sidebar's one way to the server: a typed promise per function of SidebarServer.
import type { SidebarServer } from '../../sidebar/contract';
import { serverCall } from '../script-run';

/** Calls a server function by name; resolves with its result, rejects with the error google.script.run reports. */
export const call = serverCall<SidebarServer>();
