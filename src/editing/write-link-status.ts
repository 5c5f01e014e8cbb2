/** `npm run links -- --write`: the results of a link check, where the build and the checker read them. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LinkEntry } from '../links/model.ts';

export const LINK_STATUS_FILE = 'link-status.json';

/** The entries sorted by URL, pretty JSON with a trailing newline, so a weekly run's diff shows only what changed. */
export function serializeLinkStatus(entries: readonly LinkEntry[]): string {
  const sorted = [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** Writes `<content folder>/link-status.json` and returns its path (relative to `root` when `folder` is). */
export async function writeLinkStatus(root: string, folder: string, entries: readonly LinkEntry[]): Promise<string> {
  const file = `${folder.replace(/\/+$/, '')}/${LINK_STATUS_FILE}`;
  await writeFile(path.resolve(root, file), serializeLinkStatus(entries), 'utf8');
  return file;
}
