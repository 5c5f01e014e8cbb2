/**
 * Reader-facing text speaks of documents and of what we did, never of our research tooling: "we could not find
 * ICE's release online", not "the release was not in the search corpus"; "the copy of the page we consulted", not
 * "the stored copy".
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { ROOT } from '../support/fixture-case.ts';

/** Words that only mean something to whoever ran the research tools. "habeas corpus" is law, not tooling. */
const TOOL_WORDS =
  /\b(search corpus|pages-corpus|(?<!habeas )corpus|stored (copy|copies|page|pages|excerpt|material|text)|not in the store|search results?)\b/i;

const { corpus } = await loadCorpus(ROOT);

/** Every piece of text a reader can see, named by file and field so a failure says where to look. */
function readerTexts(): [where: string, text: string][] {
  const texts: [string, string | undefined][] = [];
  for (const claim of [...corpus.claims, ...corpus.drafts]) {
    const file = path.relative(ROOT, claim.file);
    texts.push([`${file}: summary`, claim.data.summary], [`${file}: explanation`, claim.body]);
    for (const [index, entry] of (claim.data.corrections ?? []).entries()) {
      texts.push([`${file}: corrections[${index}].note`, entry.note]);
    }
  }
  for (const citation of corpus.citations) {
    const file = path.relative(ROOT, citation.file);
    texts.push([`${file}: title`, citation.data.title], [`${file}: description`, citation.data.description]);
  }
  for (const source of corpus.sources) {
    const file = path.relative(ROOT, source.file);
    texts.push([`${file}: provenanceNote`, source.data.provenanceNote], [`${file}: summary`, source.data.summary]);
    const notes = path.join(path.dirname(source.file), 'research-notes.md');
    if (existsSync(notes)) texts.push([path.relative(ROOT, notes), readFileSync(notes, 'utf8')]);
  }
  for (const person of corpus.people) texts.push([`${path.relative(ROOT, person.file)}: bio`, person.data.bio]);
  return texts.filter((entry): entry is [string, string] => entry[1] !== undefined);
}

describe('the tool-word pattern', () => {
  it.each([
    'The ICE press release itself was not in the search corpus.',
    'A pages-corpus search found nothing.',
    'The stored copy shows no headline.',
    'The release is not in the store.',
    'No search results mention the vote.',
    'The corpus holds no copy of the order.',
  ])('flags %j', (text) => {
    expect(text).toMatch(TOOL_WORDS);
  });

  it.each([
    'We could not find ICE’s release online.',
    'The copy of the page we consulted shows no headline.',
    'We searched for its exact wording and found no source.',
    'A search for "The Gold Report" found only unrelated sites.',
    'He filed a petition for a writ of habeas corpus.',
    'Records stored by the city were released in October.',
  ])('lets %j through', (text) => {
    expect(text).not.toMatch(TOOL_WORDS);
  });
});

describe('reader-facing text', () => {
  it('never talks about our research tools', () => {
    const texts = readerTexts();
    expect(texts.length).toBeGreaterThan(300);
    const found = texts.flatMap(([where, text]) => {
      const match = TOOL_WORDS.exec(text);
      return match ? [`${where}: "${match[0]}"`] : [];
    });
    expect(found).toEqual([]);
  });
});
