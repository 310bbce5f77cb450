// Saving files to Drive through the advanced Drive service (API v3), which honours the narrow drive.file scope.
//
// DriveApp cannot: Google's reference lists `drive` (a restricted scope) for DriveApp.createFile, File.moveTo,
// File.makeCopy and Folder.createFile, and `drive` or `drive.readonly` for getFileById, getFolderById and
// File.getParents (https://developers.google.com/apps-script/reference/drive/drive-app). The Drive API's
// files.create and files.update accept drive.file, which reaches the files the app created itself
// (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create#authorization-scopes).

/** The part of a Drive API v3 File resource Rectify reads. */
export interface DriveFileResource {
  id?: string;
  name?: string;
  webViewLink?: string;
}

/** The advanced Drive service as enabled in appsscript.json (userSymbol Drive, version v3). */
export interface DriveAdvanced {
  Files: {
    create(
      resource: { name: string; mimeType?: string; parents?: string[] },
      mediaData?: GoogleAppsScript.Base.BlobSource,
      optionalArgs?: { fields?: string },
    ): DriveFileResource;
    update(
      resource: { name?: string },
      fileId: string,
      mediaData?: GoogleAppsScript.Base.BlobSource | null,
      optionalArgs?: { addParents?: string; removeParents?: string; fields?: string },
    ): DriveFileResource;
  };
}

/** The fields every call asks for: the id and a link a person can open. */
const FIELDS = 'id,name,webViewLink';

/** A saved file's id and link. */
export interface SavedFile {
  id: string;
  url: string;
  name: string;
}

function saved(r: DriveFileResource, name: string): SavedFile {
  return { id: String(r.id ?? ''), url: String(r.webViewLink ?? ''), name: String(r.name ?? name) };
}

/**
 * Uploads the blob as a new file, in the folder when one is given and Drive lets the app reach it, else in
 * My Drive (`inFolder` says which). Under drive.file a folder a person made is "File not found".
 */
export function createFile(
  drive: DriveAdvanced,
  blob: GoogleAppsScript.Base.Blob,
  name: string,
  mimeType: string,
  folderId: string | null,
): SavedFile & { inFolder: boolean } {
  if (folderId) {
    try {
      return {
        ...saved(drive.Files.create({ name, mimeType, parents: [folderId] }, blob, { fields: FIELDS }), name),
        inFolder: true,
      };
    } catch {
      // Out of reach under drive.file, or not writable: My Drive, and the caller says so.
    }
  }
  return {
    ...saved(drive.Files.create({ name, mimeType }, blob, { fields: FIELDS }), name),
    inFolder: false,
  };
}

/** Moves a file the app created (the notice's Google Doc) from My Drive into the folder; false if Drive refuses. */
export function moveToFolder(drive: DriveAdvanced, fileId: string, folderId: string): boolean {
  try {
    drive.Files.update({}, fileId, null, { addParents: folderId, removeParents: 'root', fields: 'id' });
    return true;
  } catch {
    return false;
  }
}
