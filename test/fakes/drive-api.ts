// The advanced Drive service (Drive API v3, global `Drive`): Files.create and Files.update under drive.file rules.
import { countCalls } from './calls';
import { type Core, Fake } from './core';
import type { DriveItem, DriveState } from './drive';
import type { FakeBlob } from './utilities';

const DRIVE = 'https://www.googleapis.com/auth/drive';

/**
 * The error an advanced service throws for a failed API call. Google's message names the API method and the
 * API's own reason, e.g. "API call to drive.files.create failed with error: File not found: 1AbC.".
 */
export class GoogleJsonResponseException extends Error {
  constructor(method: string, reason: string) {
    super(`API call to drive.files.${method} failed with error: ${reason}`);
    this.name = 'GoogleJsonResponseException';
  }
}

/** A Drive API v3 File resource, with only the fields the request asked for (default id, name, mimeType, kind). */
type FileResource = Record<string, unknown>;

/**
 * Drive API files.create / files.update. Under drive.file an item is visible only if the app created it or was
 * given it (DriveItem.byApp); anything else is "File not found", exactly as for an id that does not exist
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth#drive-file). Under the full
 * drive scope every accessible item is visible.
 */
export class FakeDriveFiles extends Fake {
  constructor(
    core: Core,
    readonly _state: DriveState,
  ) {
    super(core);
  }
  private _visible(id: string, method: string): DriveItem {
    const item = this._state.items.get(id === 'root' ? 'root' : String(id));
    const full = this._core.scopes === null || this._core.scopes.has(DRIVE);
    if (!item?.accessible || (!full && !item.byApp && item.id !== 'root')) {
      throw new GoogleJsonResponseException(method, `File not found: ${id}.`);
    }
    return item;
  }
  private _resource(item: DriveItem, fields: unknown): FileResource {
    const all: FileResource = {
      kind: 'drive#file',
      id: item.id,
      name: item.name,
      mimeType: item.mimeType,
      parents: [...item.parents],
      webViewLink: item.mimeType.startsWith('application/vnd.google-apps.document')
        ? `https://docs.google.com/document/d/${item.id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${item.id}/view?usp=drivesdk`,
    };
    const wanted =
      typeof fields === 'string' && fields !== ''
        ? fields.split(',').map((f) => f.trim())
        : ['kind', 'id', 'name', 'mimeType'];
    return Object.fromEntries(wanted.filter((f) => f in all).map((f) => [f, all[f]]));
  }
  /** create(resource, mediaData?, optionalArgs?): a new file holding the blob's bytes, in `parents` or My Drive. */
  create(resource: FileResource, mediaData?: FakeBlob, optionalArgs?: { fields?: string }): FileResource {
    const parents = Array.isArray(resource?.parents) ? (resource.parents as string[]) : ['root'];
    for (const id of parents) {
      const folder = this._visible(id, 'create');
      if (!folder.folder) throw new GoogleJsonResponseException('create', `File not found: ${id}.`);
      if (!folder.writable)
        throw new GoogleJsonResponseException(
          'create',
          'The user does not have sufficient permissions for this file.',
        );
    }
    const item = this._state.add({
      name: String(resource?.name ?? mediaData?._name ?? 'Untitled'),
      mimeType: String(resource?.mimeType ?? mediaData?._contentType ?? 'application/octet-stream'),
      parents: parents.map((p) => (p === 'root' ? 'root' : p)),
      bytes: mediaData?._bytes,
      byApp: true,
    });
    return this._resource(item, optionalArgs?.fields);
  }
  /** update(resource, fileId, mediaData?, optionalArgs?): renames and moves (addParents / removeParents). */
  update(
    resource: FileResource,
    fileId: string,
    _mediaData?: FakeBlob | null,
    optionalArgs?: { addParents?: string; removeParents?: string; fields?: string },
  ): FileResource {
    const item = this._visible(fileId, 'update');
    const add = (optionalArgs?.addParents ?? '').split(',').filter(Boolean);
    const remove = (optionalArgs?.removeParents ?? '').split(',').filter(Boolean);
    for (const id of add) {
      const folder = this._visible(id, 'update');
      if (!folder.folder || !folder.writable)
        throw new GoogleJsonResponseException(
          'update',
          'The user does not have sufficient permissions for this file.',
        );
    }
    if (resource?.name !== undefined) item.name = String(resource.name);
    item.parents = [...item.parents.filter((p) => !remove.includes(p)), ...add];
    return this._resource(item, optionalArgs?.fields);
  }
}

/** The `Drive` global of a script that enables the advanced Drive service, version v3. */
export class FakeDriveApi {
  readonly Files: FakeDriveFiles;
  constructor(core: Core, state: DriveState) {
    this.Files = new FakeDriveFiles(core, state);
  }
}

countCalls(FakeDriveFiles, 'Drive.Files');
