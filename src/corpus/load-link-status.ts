/**
 * `content/link-status.json`, the last check of every link (written by `npm run links -- --write`):
 * validated entry by entry, each problem at its line and column, like `verification.json`.
 */
import { linkStatusEntrySchema, type LinkStatusEntry } from '../schemas/link-status.ts';
import { isPlainFile, readText } from './files.ts';
import { createProblem, type Problem } from './problems.ts';
import { runRules } from './rules/runner.ts';
import { yamlSyntax } from './rules/yaml-syntax.ts';
import { validateFields } from './validate-fields.ts';
import { parseYaml, type Located, type YamlSource } from './yaml-document.ts';

export interface LinkStatusResult {
  /** The valid entries; `undefined` when the file does not exist (links not checked yet). */
  readonly entries: LinkStatusEntry[] | undefined;
  readonly problems: Problem[];
  /** Where an entry's `url` lies in the file. */
  readonly placeOf: (entry: LinkStatusEntry) => Located;
}

export async function loadLinkStatus(root: string, file: string): Promise<LinkStatusResult> {
  // A link in its place is never read (rule `symlink`, content-entries.ts).
  if (!isPlainFile(root, file)) return { entries: undefined, problems: [], placeOf: () => START };
  // JSON is YAML, so the same positioned parser and field checks apply.
  const parsed = parseYaml(await readText(root, file));
  const indexes = new Map<LinkStatusEntry, number>();
  const placeOf = (entry: LinkStatusEntry) => parsed.locate([indexes.get(entry) ?? 0, 'url']);
  if (parsed.errors.length > 0) {
    const problems = runRules([yamlSyntax], 'document', { file, what: 'link status', yaml: parsed });
    return { entries: [], problems, placeOf };
  }
  if (!Array.isArray(parsed.data)) {
    const reason = 'Unexpected link status file, expected a JSON array of entries as `npm run links -- --write` writes';
    return { entries: [], problems: [createProblem('invalid-field', file, parsed.locate([]), reason)], placeOf };
  }
  const entries: LinkStatusEntry[] = [];
  const problems: Problem[] = [];
  parsed.data.forEach((data: unknown, index) => {
    // Each entry is checked as its own document, its places looked up under its index.
    const entry: YamlSource = {
      data,
      errors: [],
      locate: (at, options) => parsed.locate([index, ...at], options),
    };
    const result = validateFields(linkStatusEntrySchema, entry, file, `link status entry ${index + 1}`);
    problems.push(...result.problems);
    if (result.data) {
      entries.push(result.data);
      indexes.set(result.data, index);
    }
  });
  return { entries, problems, placeOf };
}

const START = { line: 1, column: 1 };
