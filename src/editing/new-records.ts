/**
 * `npm run new -- person …` and `npm run new -- citation …`: a people or citations file written from
 * command-line values, checked by the same schema as the checker before anything is written. An existing
 * file (also one whose name differs only in case) is never overwritten.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import type { ContentDirs } from '../corpus/content-dirs.ts';
import { baseId, listFiles } from '../corpus/files.ts';
import { createProblem } from '../corpus/problems.ts';
import type { RuleId } from '../corpus/rules.ts';
import { validateFields } from '../corpus/validate-fields.ts';
import { parseYaml } from '../corpus/yaml-document.ts';
import { citationSchema } from '../schemas/citation.ts';
import { idPattern } from '../schemas/common.ts';
import { personSchema } from '../schemas/person.ts';
import type { Created } from './new-entries.ts';

/** One `field: value` line per given value; text as a double-quoted scalar (JSON's form is valid YAML). */
function yamlLines(fields: Readonly<Record<string, string | boolean | undefined>>): string {
  return Object.entries(fields)
    .filter((entry): entry is [string, string | boolean] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'boolean' ? String(value) : JSON.stringify(value)}\n`)
    .join('');
}

interface RecordKind {
  readonly dir: string;
  readonly what: 'person' | 'citation';
  readonly invalidId: RuleId;
  readonly duplicateId: RuleId;
}

async function write(
  root: string,
  kind: RecordKind,
  id: string,
  text: string,
  check: { schema: z.ZodType; text: string },
): Promise<Created> {
  const file = `${kind.dir}/${id}.yaml`;
  const refuse = (ruleId: RuleId, reason: string, hint: string): Created => ({
    ok: false,
    problem: createProblem(ruleId, file, { line: 1, column: 1 }, reason, { hint }),
  });
  if (!idPattern.test(id)) {
    return refuse(
      kind.invalidId,
      `Unexpected ${kind.what} id "${id}"`,
      'Pass an id of lower-case words joined by hyphens.',
    );
  }
  const existing = (await listFiles(root, kind.dir, /\.ya?ml$/i)).find((other) => baseId(other).toLowerCase() === id);
  if (existing) {
    return refuse(
      kind.duplicateId,
      `A ${kind.what} file exists already: ${existing}`,
      'Edit that file, or pass another id.',
    );
  }
  const { problems } = validateFields(check.schema, parseYaml(check.text), file, kind.what);
  const [first] = problems;
  if (first) {
    // The editor typed options, not YAML: name the option to pass.
    const field = /^Missing field "([^"]+)"/.exec(first.reason)?.[1];
    if (field) first.hint = `Pass --${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)} '…'.`;
    return { ok: false, problem: first };
  }
  await mkdir(path.resolve(root, kind.dir), { recursive: true });
  await writeFile(path.resolve(root, file), text, { encoding: 'utf8', flag: 'wx' });
  return { ok: true, files: [file] };
}

export interface NewPersonOptions {
  readonly id: string;
  readonly name?: string | undefined;
  readonly role?: string | undefined;
  /** `person` (default) or `team`. */
  readonly kind?: string | undefined;
  readonly bio?: string | undefined;
  readonly url?: string | undefined;
  readonly ai?: boolean | undefined;
}

export async function createPerson(root: string, dirs: ContentDirs, options: NewPersonOptions): Promise<Created> {
  const fields = {
    name: options.name,
    kind: options.kind ?? 'person',
    ...(options.ai ? { ai: true } : {}),
    role: options.role,
    url: options.url,
  };
  // The bio is the one field no option need give: left empty, `npm run check` asks for it.
  const bio = options.bio ?? '';
  const text =
    `${yamlLines({ ...fields, bio })}` +
    (options.bio === undefined ? '# bio: a short, true description of who they are and what they do here.\n' : '');
  const check = { schema: personSchema, text: yamlLines({ ...fields, bio: options.bio ?? 'to be written' }) };
  const kind = {
    dir: dirs.people,
    what: 'person',
    invalidId: 'invalid-person-id',
    duplicateId: 'duplicate-person-id',
  } as const;
  return write(root, kind, options.id, text, check);
}

export interface NewCitationOptions {
  readonly id: string;
  readonly url?: string | undefined;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly publisher?: string | undefined;
  readonly author?: string | undefined;
  readonly date?: string | undefined;
  readonly kind?: string | undefined;
  readonly archivedUrl?: string | undefined;
  /** Copied verbatim from the document; one trailing line break (what saving a file adds) is dropped. */
  readonly excerpt?: string | undefined;
}

export async function createCitation(root: string, dirs: ContentDirs, options: NewCitationOptions): Promise<Created> {
  const text = yamlLines({
    title: options.title,
    description: options.description,
    publisher: options.publisher,
    author: options.author,
    date: options.date,
    url: options.url,
    archivedUrl: options.archivedUrl,
    kind: options.kind,
    excerpt: options.excerpt?.replace(/\r?\n$/, ''),
  });
  const kind = {
    dir: dirs.citations,
    what: 'citation',
    invalidId: 'invalid-citation-id',
    duplicateId: 'duplicate-citation-id',
  } as const;
  return write(root, kind, options.id, text, { schema: citationSchema, text });
}
