/**
 * YAML with positions: frontmatter and data files are parsed with `yaml`'s line counter so
 * every schema problem can be reported at the line and column of the offending value.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { Place } from './problem.ts';

/** Where a value starts, and where it ends when known. */
export type Located = Place;

export interface YamlSource {
  readonly data: unknown;
  /** Syntax errors, located where the problem starts. */
  readonly errors: readonly (Located & { message: string })[];
  /** Where the value at `path` lies (or the key, with `key: true`); falls back to the nearest parent. */
  locate(path: readonly PropertyKey[], options?: { key?: boolean }): Located;
}

/** Parses YAML text that starts at `lineOffset` lines into its file (frontmatter starts after `---`). */
export function parseYaml(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const point = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const at = (start: number, end?: number): Located =>
    end !== undefined && end > start ? { ...point(start), end: point(end) } : point(start);
  const errors: (Located & { message: string })[] = [];
  let reportedUpTo = -1;
  for (const error of document.errors) {
    // One slip makes the parser report two or three errors on the same lines: the first says it.
    if (error.pos[0] < reportedUpTo && KNOCK_ON.has(error.code)) continue;
    const indented = error.code === 'BLOCK_AS_IMPLICIT_KEY' ? indentedKey(text, error.pos[0]) : undefined;
    if (indented) {
      const { offset, key, spaces } = indented;
      const message =
        `Unexpected ${spaces} space${spaces === 1 ? '' : 's'} before "${key}:", ` +
        'expected each field to start at the same column as the fields above it';
      errors.push({ ...at(offset - spaces, offset), message });
      reportedUpTo = offset + key.length + 1;
      continue;
    }
    const [start, end] = errorRange(document, error);
    const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
    const message = quote
      ? `Missing closing ${quote} for the value quoted here`
      : error.code === 'BLOCK_AS_IMPLICIT_KEY'
        ? 'Unexpected ": " inside a value, expected a value holding ": " to be written in double quotes'
        : /All mapping items must start at the same column/.test(error.message)
          ? 'Unexpected indentation of this line, expected each field to start at the same column as the others'
          : `Unexpected YAML: ${error.message.split('\n')[0] ?? ''}`;
    errors.push({ ...at(start, end), message });
    reportedUpTo = Math.max(reportedUpTo, error.pos[1]);
  }
  let data: unknown;
  if (errors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // `yaml` throws, rather than reports, what it finds only while building values: aliases that expand past
      // the limit (a "billion laughs" file), an alias to an anchor defined below it. Report it like any syntax error.
      errors.push({ ...aliasPlace(document, at), message: toJsMessage(error) });
    }
  }

  return {
    data,
    errors,
    locate(path, options = {}) {
      for (let depth = path.length; depth >= 0; depth--) {
        const parentPath = path.slice(0, depth - 1) as unknown[];
        const key = path[depth - 1];
        const parent = depth === 0 ? undefined : document.getIn(parentPath, true);
        if (depth > 0 && isMap(parent)) {
          const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
          const node = options.key && depth === path.length ? pair?.key : (pair?.value ?? pair?.key);
          const range = (node as { range?: [number, number, number] } | undefined)?.range;
          if (range) return at(range[0], range[1]);
        } else if (depth > 0) {
          const node = document.getIn(path.slice(0, depth) as unknown[], true) as Ranged | undefined;
          if (node?.range) return at(node.range[0], node.range[1]);
        }
      }
      const root = document.contents as Ranged | null;
      return root?.range ? at(root.range[0]) : { line: 1 + lineOffset, column: 1 };
    },
  };
}

type Ranged = { range?: [number, number, number] };

/** Errors `yaml` adds after another on the same slip ("Implicit keys need to be on a single line"). */
const KNOCK_ON = new Set(['MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR']);

/**
 * A field line indented by mistake (`  updated: 2026-11-25` under `published: …`): `yaml` reads it as part of
 * the value above and reports the line above. The first such line after `offset` is the editor's slip.
 */
function indentedKey(text: string, offset: number): { offset: number; key: string; spaces: number } | undefined {
  const pattern = /\n([ \t]+)([A-Za-z_][\w-]*):(?=\s)/g;
  pattern.lastIndex = offset;
  const match = pattern.exec(text);
  // Only on the next lines: a match far below is another field, not this slip.
  if (!match || text.slice(offset, match.index).includes('\n')) return undefined;
  const spaces = match[1]!.length;
  return { offset: match.index + 1 + spaces, key: match[2]!, spaces };
}

/**
 * Aliases (`*name`) a file may expand while it is read: a content file needs few if any, and each alias of an
 * alias multiplies the values built, so a few lines could otherwise take the whole memory of the build.
 */
const MAX_ALIAS_COUNT = 100;

function toJsMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/alias count/i.test(text)) {
    const limit = MAX_ALIAS_COUNT;
    return `Unexpected YAML aliases that expand to more than ${limit} values, expected each value written out`;
  }
  return `Unexpected YAML: ${text.split('\n')[0] ?? ''}`;
}

/** The first alias in the document (what the message is about), else where the document starts. */
function aliasPlace(document: Document, at: (start: number, end?: number) => Located): Located {
  let found: [number, number] | undefined;
  visit(document, {
    Alias(_key, node) {
      if (node.range && !found) found = [node.range[0], node.range[1]];
    },
  });
  const root = document.contents as Ranged | null;
  return found ? at(found[0], found[1]) : at(root?.range?.[0] ?? 0);
}

/**
 * Where a syntax error starts. `yaml` reports an unclosed quote where the text ends (the
 * closing `---`, many lines below); the editor needs the line where the quoted value opens.
 */
function errorRange(document: Document, error: YAMLError): [number, number] {
  const [start, end] = error.pos;
  if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return [start, end];
  let opening: number | undefined;
  visit(document, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && range && range[0] < start && range[1] >= start && (opening === undefined || range[0] > opening)) {
        opening = range[0];
      }
    },
  });
  return opening === undefined ? [start, end] : [opening, start];
}

export interface Frontmatter {
  /** YAML between the `---` fences. */
  readonly yaml: string;
  /** The body after the closing fence. */
  readonly body: string;
  /** 1-based line where the body starts, to shift body positions into file positions. */
  readonly bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`; `undefined` when the file has no frontmatter fences. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const yaml = match[1] ?? '';
  const consumed = match[0];
  const bodyLine = consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1);
  return { yaml, body: text.slice(consumed.length), bodyLine };
}
