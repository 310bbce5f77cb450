// DriveApp: files and folders by id, parents, moveTo, makeCopy, blobs and getAs('application/pdf'), counted calls.
import { countCalls } from './calls';
import { type Core, Fake, GasException } from './core';
import { FakeBlob } from './utilities';

export { FakeBlob };

export const MimeType = Object.freeze({
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  FOLDER: 'application/vnd.google-apps.folder',
  PDF: 'application/pdf',
});

/** Google's message for an id that does not exist or that the script may not open (drive.file scope). */
export const NO_ITEM =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Parent folder ids; My Drive's root is 'root'. */
  parents: string[];
  /** Blob bytes for uploaded files (PDF copies). */
  bytes?: Uint8Array;
  folder: boolean;
  /** False for an item the script may not see (another user's folder, drive.file scope). */
  accessible: boolean;
  /** False for a folder the script may read but not add files to. */
  writable: boolean;
  /**
   * True for what the script created (DocumentApp.create, Drive.Files.create) or a person gave it: the
   * only items the drive.file scope reaches ("files created or opened by the app").
   */
  byApp: boolean;
}

/** Every Drive item of one fake environment; DocumentApp registers its documents here. */
export class DriveState {
  readonly items = new Map<string, DriveItem>();
  /** Hook for Google Docs: copying a document's file copies its content (set by the document fake). */
  copyContent: ((fromId: string, toId: string) => void) | null = null;
  /** Hook for Google Docs: a document's content as PDF text (set by the document fake). */
  exportPdf: ((id: string) => string) | null = null;
  private next = 1;

  constructor() {
    this.items.set('root', {
      id: 'root',
      name: '我的云端硬盘',
      mimeType: MimeType.FOLDER,
      parents: [],
      folder: true,
      accessible: true,
      writable: true,
      byApp: false,
    });
  }

  newId(prefix: string): string {
    return `${prefix}${String(this.next++).padStart(6, '0')}fakeid`;
  }

  add(item: Partial<DriveItem> & { name: string; mimeType: string }): DriveItem {
    const full: DriveItem = {
      id: item.id ?? this.newId(item.mimeType === MimeType.FOLDER ? 'fld' : 'file'),
      parents: ['root'],
      folder: item.mimeType === MimeType.FOLDER,
      accessible: true,
      writable: true,
      byApp: false,
      ...item,
    };
    this.items.set(full.id, full);
    return full;
  }

  addFolder(name: string, options: Partial<DriveItem> = {}): DriveItem {
    return this.add({ name, mimeType: MimeType.FOLDER, ...options });
  }

  get(id: string, folder: boolean): DriveItem {
    const item = this.items.get(String(id));
    if (!item?.accessible || item.folder !== folder) throw new GasException(NO_ITEM);
    return item;
  }

  /** Items whose parent is the folder, for assertions. */
  childrenOf(folderId: string): DriveItem[] {
    return [...this.items.values()].filter((i) => i.parents.includes(folderId));
  }
}

export class FakeFolder extends Fake {
  constructor(
    core: Core,
    readonly _state: DriveState,
    readonly _item: DriveItem,
  ) {
    super(core);
  }
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this._item.id}`;
  }
  /** Creates a file from a blob in this folder (the PDF copy). */
  createFile(blob: FakeBlob): FakeFile {
    return fileFromBlob(this._core, this._state, this._item, blob);
  }
}

function fileFromBlob(core: Core, state: DriveState, folder: DriveItem, blob: FakeBlob): FakeFile {
  if (!folder.writable) throw new GasException('Access denied: DriveApp.');
  const item = state.add({
    name: blob._name ?? 'Untitled',
    mimeType: blob._contentType ?? 'application/octet-stream',
    parents: [folder.id],
    bytes: blob._bytes,
  });
  return new FakeFile(core, state, item);
}

export class FakeFolderIterator extends Fake {
  private index = 0;
  constructor(
    core: Core,
    readonly _folders: FakeFolder[],
  ) {
    super(core);
  }
  hasNext(): boolean {
    return this.index < this._folders.length;
  }
  next(): FakeFolder {
    if (this.index >= this._folders.length)
      throw new GasException('Cannot retrieve the next object: iterator has reached the end.');
    return this._folders[this.index++];
  }
}

export class FakeFile extends Fake {
  constructor(
    core: Core,
    readonly _state: DriveState,
    readonly _item: DriveItem,
  ) {
    super(core);
  }
  getId(): string {
    return this._item.id;
  }
  getName(): string {
    return this._item.name;
  }
  setName(name: string): FakeFile {
    this._item.name = name;
    return this;
  }
  getMimeType(): string {
    return this._item.mimeType;
  }
  getUrl(): string {
    return this._item.mimeType === MimeType.GOOGLE_DOCS
      ? `https://docs.google.com/document/d/${this._item.id}/edit?usp=drivesdk`
      : `https://drive.google.com/file/d/${this._item.id}/view?usp=drivesdk`;
  }
  getParents(): FakeFolderIterator {
    const folders = this._item.parents
      .map((id) => this._state.items.get(id))
      .filter((f): f is DriveItem => !!f && f.accessible)
      .map((f) => new FakeFolder(this._core, this._state, f));
    return new FakeFolderIterator(this._core, folders);
  }
  /** Moves the file into the folder (it leaves its other parents), as File.moveTo documents. */
  moveTo(destination: FakeFolder): FakeFile {
    if (!destination._item.writable) throw new GasException('Access denied: DriveApp.');
    this._item.parents = [destination._item.id];
    return this;
  }
  /** A copy in the destination folder (or the same parents); a Google Doc's copy holds the same content. */
  makeCopy(name?: string, destination?: FakeFolder): FakeFile {
    if (destination && !destination._item.writable) throw new GasException('Access denied: DriveApp.');
    const copy = this._state.add({
      name: name ?? `Copy of ${this._item.name}`,
      mimeType: this._item.mimeType,
      parents: destination ? [destination._item.id] : [...this._item.parents],
      bytes: this._item.bytes,
    });
    if (this._item.mimeType === MimeType.GOOGLE_DOCS) this._state.copyContent?.(this._item.id, copy.id);
    return new FakeFile(this._core, this._state, copy);
  }
  /** Converts a Google Doc; Drive adds the extension to the blob's name ("name.pdf"). */
  getAs(contentType: string): FakeBlob {
    if (
      contentType !== MimeType.PDF ||
      this._item.mimeType !== MimeType.GOOGLE_DOCS ||
      !this._state.exportPdf
    ) {
      throw new GasException(`Converting from ${this._item.mimeType} to ${contentType} is not supported.`);
    }
    const text = `%PDF-1.4 fake\n${this._state.exportPdf(this._item.id)}`;
    return new FakeBlob(this._core, new TextEncoder().encode(text), MimeType.PDF, `${this._item.name}.pdf`);
  }
}

export class FakeDriveApp extends Fake {
  readonly MimeType = MimeType;
  constructor(
    core: Core,
    readonly _state: DriveState,
  ) {
    super(core);
  }
  getFileById(id: string): FakeFile {
    return new FakeFile(this._core, this._state, this._state.get(id, false));
  }
  getFolderById(id: string): FakeFolder {
    return new FakeFolder(this._core, this._state, this._state.get(id, true));
  }
  getRootFolder(): FakeFolder {
    return new FakeFolder(this._core, this._state, this._state.get('root', true));
  }
  createFile(blob: FakeBlob): FakeFile {
    return fileFromBlob(this._core, this._state, this._state.get('root', true), blob);
  }
}

countCalls(FakeFolder, 'Folder');
countCalls(FakeFolderIterator, 'FolderIterator');
countCalls(FakeFile, 'File');
countCalls(FakeDriveApp, 'DriveApp');
