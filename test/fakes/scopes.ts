// Google's documented OAuth scopes per method, and the manifests' granted scopes, for the fakes to enforce.

import addonManifest from '../../appsscript.addon.json';
import manifest from '../../appsscript.json';
import generated from './google-scopes.json';

/**
 * Scopes of the Apps Script services, generated from Google's reference by scripts/gen-scopes.mjs (never typed
 * by hand). Key 'Class.method'; any one listed scope suffices; [] means the reference lists none.
 */
const REFERENCE: Record<string, readonly string[]> = generated.methods;

/**
 * The advanced Drive service (Drive API v3) is not in gas-types-detailed, so its two methods are listed here
 * from the API's own reference pages, which list every scope that authorises the call:
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/create#authorization-scopes
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/update#authorization-scopes
 */
const DRIVE_API: Record<string, readonly string[]> = {
  'Drive.Files.create': [
    'https://www.googleapis.com/auth/drive',
    'https://www.googleapis.com/auth/drive.appdata',
    'https://www.googleapis.com/auth/drive.file',
  ],
  'Drive.Files.update': [
    'https://www.googleapis.com/auth/drive',
    'https://www.googleapis.com/auth/drive.appdata',
    'https://www.googleapis.com/auth/drive.file',
    'https://www.googleapis.com/auth/drive.metadata',
    'https://www.googleapis.com/auth/drive.scripts',
  ],
};

/** The scopes any one of which a method needs: [] for none, undefined when Google's reference has no such method. */
export function requiredScopes(method: string): readonly string[] | undefined {
  return REFERENCE[method] ?? DRIVE_API[method];
}

/** oauthScopes of the sheet-bound build's manifest (appsscript.json). */
export const MANIFEST_SCOPES: readonly string[] = manifest.oauthScopes;

/** oauthScopes of the Marketplace add-on build's manifest (appsscript.addon.json). */
export const ADDON_MANIFEST_SCOPES: readonly string[] = addonManifest.oauthScopes;
