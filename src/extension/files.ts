/**
 * The built extension's files, by the names its parts know each other by: the manifest and the build
 * (src/integration/extension/) write them, the content script checks that a message comes from the popup.
 */
import { ANNOTATION_FILES } from '../annotations/browser.ts';

/** Paths inside the extension folder and zip. */
export const EXTENSION_FILES = {
  background: 'background.js',
  content: 'content.js',
  popup: 'popup.js',
  popupHtml: 'popup.html',
  popupCss: 'popup.css',
  manifest: 'manifest.json',
  icon: (size: number) => `icons/icon-${size}.png`,
  annotations: ANNOTATION_FILES.bundled,
} as const;
