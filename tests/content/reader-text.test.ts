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

/**
 * Words about how the site is made, which only its editors understand: instructions and notes to ourselves, file
 * and field names, developer commands.
 */
const PROCESS_WORDS =
  /\b(the brief( suggested)?|under the format rules|in source\.ya?ml|nonArticle|URL slug|npm run|research tools?)\b/i;

const { corpus } = await loadCorpus(ROOT);

/** Every claim id, so a note can be caught naming a claim by its id instead of its number and quote. */
const CLAIM_IDS = new Set([...corpus.claims, ...corpus.drafts].map((claim) => claim.id));

/** Ids written as text; a Markdown link's address (`(#claim-<id>)`) is not text a reader sees. */
function rawClaimIds(text: string): string[] {
  const visible = text.replace(/\]\([^)\s]*\)/g, ']');
  return (visible.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []).filter((word) => CLAIM_IDS.has(word));
}

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

describe('the process-word pattern', () => {
  it.each([
    'The brief suggested "AB 2943?".',
    'We could not cite it under the format rules.',
    'It is marked as a comment prompt in source.yaml.',
    'Listed under `nonArticle` and not annotated.',
    'It matches the URL slug.',
    'Run `npm run links` to check the links.',
    'We reworded it so that it speaks of the documents rather than of our research tools.',
  ])('flags %j', (text) => {
    expect(text).toMatch(PROCESS_WORDS);
  });

  it.each([
    'The article does not give the bill number.',
    'The words in the web address suggest a headline.',
    'Shown with the article but not checked.',
    'A brief filed by the state argued otherwise.',
    'The ordinance is in the city code.',
  ])('lets %j through', (text) => {
    expect(text).not.toMatch(PROCESS_WORDS);
  });
});

describe('claim ids in reader text', () => {
  it('finds an id written as text and ignores one in a link address', () => {
    const [id] = CLAIM_IDS;
    expect(id).toBeDefined();
    expect(rawClaimIds(`This is covered in \`${id!}\`.`)).toEqual([id]);
    expect(rawClaimIds(`This is covered in [claim 4](#claim-${id!}) ("a quote").`)).toEqual([]);
  });
});

describe('reader-facing text, on how the site is made', () => {
  it('never addresses our editors or names our files, fields or commands', () => {
    const found = readerTexts().flatMap(([where, text]) => {
      const match = PROCESS_WORDS.exec(text);
      return match ? [`${where}: "${match[0]}"`] : [];
    });
    expect(found).toEqual([]);
  });

  it('refers to claims by number and quote, never by id', () => {
    const found = readerTexts().flatMap(([where, text]) => rawClaimIds(text).map((id) => `${where}: ${id}`));
    expect(found).toEqual([]);
  });
});
