/**
 * `npm run links -- --write`: records an archived copy found for a source or a citation as its
 * `archivedUrl`, changing one line of the YAML file and keeping every other byte (comments, blank
 * lines, quoting, line endings, a byte-order mark), as `--fix` does for quotes. In order:
 * - a line `# archivedUrl: …`, as `npm run new` scaffolds it, is replaced by the value;
 * - an empty `archivedUrl:` (or `""`) gets the value on its line;
 * - otherwise a line is added after `url:` (at the end of the file when there is none).
 * A file that already has an archived copy is left alone. When `notFound` lists `archivedUrl` (we
 * searched and found none), the entry goes too, since the schema refuses a field both found and not
 * found: in `[…, archivedUrl]` only that word goes; a `notFound` that held nothing else loses its line.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { stripByteOrderMark } from '../corpus/claim-files.ts';
import { isHttpUrl } from '../domain/urls.ts';

export interface ArchivedUrlEdit {
  /** The file's text with the value written. */
  readonly text: string;
  /** How: the scaffold's comment replaced, an empty value filled, or a line added. */
  readonly how: 'uncommented' | 'filled' | 'added';
  /** 1-based line of `archivedUrl:` in the new text. */
  readonly line: number;
  /** `archivedUrl` was taken out of `notFound`. */
  readonly removedFromNotFound: boolean;
}

/**
 * Writes `archivedUrl: "<url>"` into `file` (relative to `root`): `true` when the file changed,
 * `false` when it already has a value (or is not a YAML map the edit can be made in safely).
 */
export async function writeArchivedUrl(root: string, file: string, archivedUrl: string): Promise<boolean> {
  const absolute = path.resolve(root, file);
  const saved = await readFile(absolute, 'utf8');
  const edit = setArchivedUrl(saved, archivedUrl);
  if (!edit) return false;
  await writeFile(absolute, edit.text, 'utf8');
  return true;
}

/** The text with `archivedUrl` set, or `undefined` when it already has one or cannot be edited safely. */
export function setArchivedUrl(saved: string, archivedUrl: string): ArchivedUrlEdit | undefined {
  if (!isHttpUrl(archivedUrl)) throw new TypeError(`Expected an http(s) URL to record, got "${archivedUrl}"`);
  const text = stripByteOrderMark(saved);
  const bom = saved.slice(0, saved.length - text.length);
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined;
  const before = document.toJS() as Record<string, unknown>;
  const current = before['archivedUrl'];
  if (typeof current === 'string' ? current.trim() !== '' : current !== undefined && current !== null) {
    return undefined;
  }

  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const line = `archivedUrl: ${JSON.stringify(archivedUrl)}`;
  // Edits are applied from the end of the file backwards, so earlier offsets stay valid.
  const edits: Edit[] = [];
  const existing = topLevelPair(document, 'archivedUrl');
  const commented = /^#[ \t]*archivedUrl[ \t]*:[^\r\n]*/m.exec(text);
  let how: ArchivedUrlEdit['how'];
  let at: number;
  if (existing && isScalar(existing.key) && existing.key.range) {
    how = 'filled';
    at = existing.key.range[0];
    // An empty value lies on the key's line (`archivedUrl:` or `archivedUrl: ""`): that line is replaced.
    edits.push({ start: at, end: lineEnd(text, at), insert: line });
  } else if (commented) {
    how = 'uncommented';
    at = commented.index;
    edits.push({ start: at, end: at + commented[0].length, insert: line });
  } else {
    how = 'added';
    const url = topLevelPair(document, 'url');
    const after = url ? valueEnd(url) : undefined;
    if (after !== undefined) {
      at = nextLine(text, after);
      edits.push({ start: at, end: at, insert: `${line}${eol}` });
    } else {
      const needsBreak = text !== '' && !text.endsWith('\n');
      at = text.length + (needsBreak ? eol.length : 0);
      edits.push({ start: text.length, end: text.length, insert: `${needsBreak ? eol : ''}${line}${eol}` });
    }
  }
  const notFoundEdit = dropFromNotFound(document, text);
  if (notFoundEdit) edits.push(notFoundEdit);

  const edited = applyEdits(text, edits);
  // The edit is checked, not trusted: the file must mean what it meant, plus the archived copy.
  const expected = { ...before, archivedUrl } as Record<string, unknown>;
  if (notFoundEdit) {
    const rest = (before['notFound'] as unknown[]).filter((field) => field !== 'archivedUrl');
    if (rest.length > 0) expected['notFound'] = rest;
    else delete expected['notFound'];
  }
  const after = parseDocument(edited, { uniqueKeys: true });
  if (after.errors.length > 0 || !isDeepStrictEqual(after.toJS(), expected)) return undefined;
  // Only the notFound edit can lie before the new line and move it.
  const shift = notFoundEdit && notFoundEdit.end <= at ? notFoundEdit.start - notFoundEdit.end : 0;
  return {
    text: bom + edited,
    how,
    line: edited.slice(0, at + shift).split('\n').length,
    removedFromNotFound: notFoundEdit !== undefined,
  };
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  return (
    [...edits]
      // Last first; at one offset, a removal before the insertion it makes room for.
      .sort((a, b) => b.start - a.start || b.end - a.end)
      .reduce((result, edit) => result.slice(0, edit.start) + edit.insert + result.slice(edit.end), text)
  );
}

function topLevelPair(document: Document, key: string): Pair | undefined {
  const map = document.contents;
  if (!isMap(map)) return undefined;
  return map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
}

/** Where a pair's value ends (the key's end for a pair without a value). */
function valueEnd(pair: Pair): number | undefined {
  const value = pair.value as Node | null;
  return value?.range?.[1] ?? (pair.key as Node | null)?.range?.[1];
}

/** The offset of the line break ending the line that holds `offset` (a `\r` before it stays). */
function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  if (end === -1) return text.length;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The start of the line after the one holding `offset`. */
function nextLine(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end + 1;
}

/** Takes `archivedUrl` out of a top-level `notFound` list, touching only that list. */
function dropFromNotFound(document: Document, text: string): Edit | undefined {
  const pair = topLevelPair(document, 'notFound');
  const list = pair?.value;
  if (!pair || !isSeq(list) || !list.range) return undefined;
  const index = list.items.findIndex((item) => isScalar(item) && item.value === 'archivedUrl');
  const item = list.items[index] as Node | undefined;
  if (!item?.range) return undefined;
  const keyStart = (pair.key as Node).range?.[0];
  if (list.items.length === 1 && keyStart !== undefined) {
    // Nothing else was searched for in vain: the whole `notFound` goes (it defaults to []).
    return { start: keyStart, end: nextLine(text, list.range[1] - 1), insert: '' };
  }
  if (list.flow) {
    const previous = list.items[index - 1] as Node | undefined;
    const next = list.items[index + 1] as Node | undefined;
    // `[a, archivedUrl]` → `[a]`; `[archivedUrl, b]` → `[b]`.
    if (previous?.range) return { start: previous.range[1], end: item.range[1], insert: '' };
    if (next?.range) return { start: item.range[0], end: next.range[0], insert: '' };
    return undefined;
  }
  // A block list: the item's line goes.
  const start = text.lastIndexOf('\n', item.range[0]) + 1;
  return { start, end: nextLine(text, item.range[1]), insert: '' };
}
