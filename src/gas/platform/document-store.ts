// Key/value records kept in the spreadsheet itself (developer metadata), readable where document properties are not.
//
// An editor add-on's time-driven trigger runs with no document open: PropertiesService.getDocumentProperties()
// returns null there (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()).
// Developer metadata belongs to the spreadsheet, so any run that holds the Spreadsheet — the menu's active one, or
// the add-on trigger's, opened by id — reads the same record
// (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#addDeveloperMetadata(String,String,DeveloperMetadataVisibility)).
// PROJECT visibility keeps it to this script. Google caps a spreadsheet's metadata at 30,000 characters.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

/** The part of Properties the reminders record uses; every call reads the spreadsheet afresh (never cached). */
export interface RecordStore {
  getProperties(): Record<string, string>;
  setProperties(values: Record<string, string>): void;
  setProperty(key: string, value: string): void;
  deleteProperty(key: string): void;
}

/** Keys under this prefix are the store's; other metadata on the spreadsheet is left alone. */
const PREFIX = 'rectify.';

export function documentStore(
  ss: Spreadsheet,
  visibility: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility,
): RecordStore {
  const ours = (): Map<string, Metadata> => {
    const map = new Map<string, Metadata>();
    for (const m of ss.getDeveloperMetadata()) {
      const key = m.getKey();
      if (key.startsWith(PREFIX)) map.set(key, m);
    }
    return map;
  };
  // DeveloperMetadata has no batch getter or setter: one call per key of a record of a few keys (these are
  // metadata values, not cells), and a write only where the value changed.
  const put = (existing: Map<string, Metadata>, key: string, value: string) => {
    const m = existing.get(key);
    if (m) {
      // One key's metadata, not a cell: there is no batch setter, and unchanged values are not rewritten.
      if (m.getValue() !== value) m.setValue(value);
    } else ss.addDeveloperMetadata(key, value, visibility);
  };
  return {
    getProperties() {
      const out: Record<string, string> = {};
      // One getValue per key, as in put: DeveloperMetadata has no batch getter, and a record has a few keys.
      for (const [key, m] of ours()) out[key] = m.getValue() ?? '';
      return out;
    },
    setProperties(values) {
      const existing = ours();
      for (const [key, value] of Object.entries(values)) put(existing, key, value);
    },
    setProperty(key, value) {
      put(ours(), key, value);
    },
    deleteProperty(key) {
      ours().get(key)?.remove();
    },
  };
}
