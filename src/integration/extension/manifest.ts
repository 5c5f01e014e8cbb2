/**
 * The extension's manifest as data, and the one list of what it may do with the reason for each:
 * the manifest is written from it and /extension/ shows it, so the page cannot drift from what
 * the browser asks the reader to allow.
 * @see https://developer.chrome.com/docs/extensions/reference/manifest
 * @see https://developer.mozilla.org/en-US/docs/Mozilla/Add-ons/WebExtensions/manifest.json
 */
import { EXTENSION_FILES } from '../../extension/files.ts';
import { contentScriptMatches } from './match-patterns.ts';

/**
 * Firefox's add-on id: fixed, so an update replaces the installed copy instead of adding a second one. In the
 * e-mail-like form Firefox accepts; it names no domain, so no placeholder domain ships in the manifest.
 */
export const GECKO_ID = 'sanctuary-claims-check@browser-extension';
/**
 * Firefox 121 is the first to accept `background.service_worker` next to `background.scripts`
 * (it runs the scripts), which lets one manifest load in both browsers; 140 (the current ESR) the
 * first to read `data_collection_permissions`, 142 on Android. web-ext lint warns below those.
 */
export const FIREFOX_MIN_VERSION = '140.0';
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** The bundles' esbuild targets: Chromium from the start of 2024 on, and the Firefox above. */
export const BUNDLE_TARGETS = ['chrome120', 'firefox140'];
export const ICON_SIZES = [16, 32, 48, 128] as const;

export interface ExtensionPermission {
  /** As written in the manifest: an API permission name or a match pattern. */
  readonly permission: string;
  /** Where the manifest lists it. */
  readonly key: 'permissions' | 'host_permissions';
  /** Why the extension needs it, for readers. */
  readonly reason: string;
}

/** The site's origin as a host permission: `https://example.org/*` for `https://example.org/base/`. */
export function siteHostPattern(siteUrl: string): string {
  const url = new URL(siteUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Everything the extension asks for. No API permission is needed: the badge (`action`) and
 * messages need none, and the popup finds its tab with `tabs.query`, which works without `tabs`
 * when it does not read the tab's address or title.
 */
export function extensionPermissions(siteUrl: string): ExtensionPermission[] {
  return [
    {
      permission: siteHostPattern(siteUrl),
      key: 'host_permissions',
      reason:
        'To download our published fact checks for the article you are reading (the files under /data/annotations/ ' +
        'on this site). When you open one of the articles we checked, the extension asks this site for that ' +
        "article's checks, so the site's server sees which of our articles was opened, as it sees any request; " +
        'the answer is kept for a day, so each article is asked for at most once a day. On any other page nothing ' +
        'is requested, and nothing else is sent.',
    },
  ];
}

/**
 * The extension's own pages and worker load only their own files and fetch only from our site (the annotation
 * files) and themselves (the bundled copies): stricter than the browsers' default, and written out so a
 * reviewer sees it.
 */
export function extensionPagesCsp(siteUrl: string): string {
  const site = new URL(siteUrl).origin;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    `connect-src 'self' ${site}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export interface ManifestInput {
  readonly siteUrl: string;
  readonly version: string;
  readonly sources: readonly { readonly url: string }[];
}

/** Manifest V3, loadable unchanged by Chromium browsers and Firefox. */
export function extensionManifest(input: ManifestInput) {
  const permissions = extensionPermissions(input.siteUrl);
  const matches = contentScriptMatches(input.sources);
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), EXTENSION_FILES.icon(size)]));
  return {
    manifest_version: 3,
    name: 'Sanctuary Claims Check',
    short_name: 'Claims Check',
    version: extensionVersion(input.version),
    description: 'Shows our fact-check verdicts on the original articles we checked, where you read them.',
    homepage_url: new URL('extension/', input.siteUrl).href,
    icons,
    action: { default_title: 'Sanctuary Claims Check', default_popup: EXTENSION_FILES.popupHtml, default_icon: icons },
    // Chromium runs the service worker; Firefox, which has no extension service workers, runs the same file as
    // an event page script. Chromium notes the unused `scripts` key as a warning and loads the extension.
    background: { service_worker: EXTENSION_FILES.background, scripts: [EXTENSION_FILES.background] },
    ...(matches.length > 0
      ? { content_scripts: [{ matches, js: [EXTENSION_FILES.content], run_at: 'document_idle' }] }
      : {}),
    permissions: permissions.filter((entry) => entry.key === 'permissions').map((entry) => entry.permission),
    content_security_policy: { extension_pages: extensionPagesCsp(input.siteUrl) },
    host_permissions: permissions.filter((entry) => entry.key === 'host_permissions').map((entry) => entry.permission),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Firefox asks add-ons to declare what they collect; this one collects nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}

export type ExtensionManifest = ReturnType<typeof extensionManifest>;

/** Browsers accept one to four dot-separated integers: `0.1.0-beta.2` becomes `0.1.0`. */
export function extensionVersion(version: string): string {
  const match = /^\d+(\.\d+){0,3}/.exec(version);
  if (!match) throw new Error(`Not a usable extension version: ${version} (expected e.g. 1.2.3)`);
  return match[0];
}
