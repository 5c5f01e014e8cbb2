import { describe, expect, it } from 'vitest';
import {
  extensionManifest,
  extensionPagesCsp,
  extensionPermissions,
  extensionVersion,
  siteHostPattern,
} from '../../../src/integration/extension/manifest.ts';
import { articleMatchPatterns } from '../../../src/integration/extension/match-patterns.ts';

const SITE_URL = 'https://checks.example/base/';
const SOURCES = [{ url: 'https://news.example/a-story' }, { url: 'https://west.example/b-story/amp' }];
const manifest = extensionManifest({ siteUrl: SITE_URL, version: '1.2.3', sources: SOURCES });

describe('extensionManifest', () => {
  it('is Manifest V3 with a popup, icons and one background file for both browsers', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.0$/);
  });

  it('asks for no <all_urls>, no tabs and no API permission, and only the site origin as a host', () => {
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*|:\/\/\*\//);
    expect(manifest.permissions).toEqual([]);
    expect(manifest.host_permissions).toEqual(['https://checks.example/*']);
  });

  it('lists exactly the exported permissions, each with a reason', () => {
    const exported = extensionPermissions(SITE_URL);
    expect([...manifest.permissions, ...manifest.host_permissions].sort()).toEqual(
      exported.map((entry) => entry.permission).sort(),
    );
    for (const entry of exported) expect(entry.reason.length).toBeGreaterThan(20);
  });

  it('declares the content script only for the articles, at document_idle', () => {
    const [script] = manifest.content_scripts!;
    expect(manifest.content_scripts).toHaveLength(1);
    expect(script!.run_at).toBe('document_idle');
    expect(script!.js).toEqual(['content.js']);
    expect(script!.matches).toEqual(SOURCES.flatMap((source) => articleMatchPatterns(source.url)));
  });

  it('declares no content script when there is no article', () => {
    expect(extensionManifest({ siteUrl: SITE_URL, version: '1.0.0', sources: [] })).not.toHaveProperty(
      'content_scripts',
    );
  });
});

describe('versions and hosts', () => {
  it('keeps the numeric part of a package version', () => {
    expect(extensionVersion('0.1.0')).toBe('0.1.0');
    expect(extensionVersion('2.0.0-beta.3')).toBe('2.0.0');
    expect(() => extensionVersion('next')).toThrow(/Not a usable extension version/);
  });

  it('gives the site origin without its base path or port', () => {
    expect(siteHostPattern('https://checks.example/base/')).toBe('https://checks.example/*');
    expect(siteHostPattern('http://127.0.0.1:4321/')).toBe('http://127.0.0.1/*');
  });

  it('sets an explicit CSP for its own pages: own scripts only, fetches only from itself and the site', () => {
    const csp = manifest.content_security_policy.extension_pages;
    expect(csp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
        "connect-src 'self' https://checks.example; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(extensionPagesCsp('http://127.0.0.1:4321/')).toContain("connect-src 'self' http://127.0.0.1:4321;");
  });

  it('tells readers that opening a checked article asks our site for its checks, kept for a day', () => {
    const [site] = extensionPermissions('https://checks.example/base/');
    expect(site!.reason).toMatch(/sees which of our articles was opened/);
    expect(site!.reason).toMatch(/kept for a day/);
    expect(site!.reason).not.toMatch(/nothing is sent to it/);
  });
});
