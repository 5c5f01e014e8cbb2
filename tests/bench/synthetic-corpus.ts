/**
 * A deterministic synthetic corpus for the benchmark: N sources of about 800 words, M claims
 * per source anchored to real (unique) sentences, citations shared between claims.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_SCALE, type VerdictScale } from '../../src/domain/scale.ts';

/** The words the benchmark searches for; placed among common words below. */
const TOPIC_WORDS = (
  'council detainer county sheriff policy federal local ordinance vote court release custody report agency ' +
  'officer statute records jail immigration enforcement public safety hearing amendment request notice data ' +
  'city state trust act warrant judge cooperation program review office statement annual budget'
).split(' ');
const VOCABULARY_SIZE = 5000;
/**
 * Topic words sit at every TOPIC_SPACING-th rank from the top (5, 10, … 200), the rest of the ranks are
 * filler words.
 */
const TOPIC_SPACING = 5;

/**
 * Word frequencies follow Zipf's law, as in real text: the word of rank r is drawn with weight
 * 1/r. (A first version drew uniformly from the 40 topic words, so every query matched about
 * 86% of all pages, which no real corpus does: in this site's own articles a topic word is in a
 * median 14% of the files.) Filler words are pronounceable nonsense, made deterministically.
 */
function vocabulary(): { words: string[]; cumulative: Float64Array } {
  const syllables = ['ba', 'de', 'ki', 'lo', 'mu', 'na', 'pe', 'ri', 'so', 'tu', 'va', 'zo', 'ga', 'he', 'ji', 'fo'];
  const topics = new Set(TOPIC_WORDS);
  const filler: string[] = [];
  for (let n = 0; filler.length < VOCABULARY_SIZE; n++) {
    let word = '';
    for (let rest = n + syllables.length; rest > 0; rest = Math.floor(rest / syllables.length))
      word += syllables[rest % syllables.length];
    if (!topics.has(word)) filler.push(word);
  }
  const words: string[] = [];
  for (let rank = 1, topic = 0, next = 0; words.length < VOCABULARY_SIZE; rank++) {
    words.push(rank % TOPIC_SPACING === 0 && topic < TOPIC_WORDS.length ? TOPIC_WORDS[topic++]! : filler[next++]!);
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  words.forEach((_, index) => (cumulative[index] = total += 1 / (index + 1)));
  cumulative.forEach((value, index) => (cumulative[index] = value / total));
  return { words, cumulative };
}

const VOCABULARY = vocabulary();

function drawWord(random: () => number): string {
  const target = random();
  let low = 0;
  let high = VOCABULARY.cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (VOCABULARY.cumulative[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return VOCABULARY.words[low]!;
}

/** Mulberry32: a tiny seeded PRNG, so every run writes the same corpus. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticCorpus {
  readonly sources: number;
  readonly claims: number;
  readonly citations: number;
  readonly words: number;
  /** For the baseline: each page's words, so the plain site carries the same text. */
  readonly pages: { readonly slug: string; readonly title: string; readonly body: string }[];
}

function sentence(random: () => number, unique: string): string {
  const length = 12 + Math.floor(random() * 8);
  const words = Array.from({ length }, () => drawWord(random));
  words.splice(3, 0, unique);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export function writeSyntheticCorpus(
  dir: string,
  options: { sources: number; claimsPerSource: number; seed?: number; scale?: VerdictScale },
): SyntheticCorpus {
  const verdictIds = (options.scale ?? DEFAULT_SCALE).verdictIds;
  const random = prng(options.seed ?? 42);
  rmSync(dir, { recursive: true, force: true });
  const citationCount = Math.max(5, Math.ceil((options.sources * options.claimsPerSource) / 10));
  mkdirSync(path.join(dir, 'citations'), { recursive: true });
  for (let c = 0; c < citationCount; c++) {
    writeFileSync(
      path.join(dir, 'citations', `doc-${c}.yaml`),
      `title: "Synthetic document ${c}"\npublisher: "Synthetic Agency"\ndate: 2024-01-01\nurl: "https://example.org/doc/${c}"\nkind: official\nexcerpt: "Excerpt ${c}."\n`,
    );
  }
  // Every published claim names who checked and who reviewed it (rules missing-author, missing-reviewer).
  mkdirSync(path.join(dir, 'people'), { recursive: true });
  for (const [id, role] of [
    ['synthetic-checker', 'Fact-checker'],
    ['synthetic-reviewer', 'Reviewer'],
  ]) {
    writeFileSync(
      path.join(dir, 'people', `${id}.yaml`),
      `name: "Synthetic ${role}"\nkind: person\nrole: "${role}"\nbio: "Generated for the benchmark corpus."\n`,
    );
  }
  const pages: SyntheticCorpus['pages'][number][] = [];
  let words = 0;
  for (let s = 0; s < options.sources; s++) {
    const slug = `source-${s}`;
    const sentences: string[] = [];
    let sourceWords = 0;
    for (let i = 0; sourceWords < 800; i++) {
      const text = sentence(random, `s${s}x${i}`);
      sentences.push(text);
      sourceWords += text.split(' ').length;
    }
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
    const article = `${paragraphs.join('\n\n')}\n`;
    mkdirSync(path.join(dir, 'sources', slug), { recursive: true });
    mkdirSync(path.join(dir, 'claims', slug), { recursive: true });
    writeFileSync(path.join(dir, 'sources', slug, 'article.txt'), article);
    writeFileSync(
      path.join(dir, 'sources', slug, 'source.yaml'),
      `label: "Synthetic source ${s}"\ntitle: "Synthetic article ${s}"\n` +
        'outlet: "Synthetic Times"\npublished: 2024-01-01\n',
    );
    pages.push({ slug, title: `Synthetic article ${s}`, body: article });
    words += sourceWords;
    const step = Math.max(1, Math.floor(sentences.length / options.claimsPerSource));
    for (let c = 0; c < options.claimsPerSource; c++) {
      const quote = sentences[(c * step) % sentences.length]!;
      const verdict = verdictIds[Math.floor(random() * verdictIds.length)]!;
      const cited = [`doc-${Math.floor(random() * citationCount)}`, `doc-${Math.floor(random() * citationCount)}`];
      const explanation = Array.from({ length: 4 }, (_, i) => sentence(random, `e${s}x${c}x${i}`)).join(' ');
      const id = `s${s}-claim-${c}`;
      writeFileSync(
        path.join(dir, 'claims', slug, `${id}.mdx`),
        `---\nquote: "${quote}"\nverdict: ${verdict}\nsummary: "Synthetic finding ${c}."\n` +
          `citations: [${[...new Set(cited)].join(', ')}]\npublished: 2024-02-01\n` +
          `author: synthetic-checker\nreviewers: [synthetic-reviewer]\n---\n${explanation}\n`,
      );
      pages.push({ slug: id, title: `Claim ${c} of source ${s}`, body: `${quote}\n\n${explanation}` });
      words += explanation.split(' ').length;
    }
  }
  return {
    sources: options.sources,
    claims: options.sources * options.claimsPerSource,
    citations: citationCount,
    words,
    pages,
  };
}

/** The claim file the warm benchmark edits: the first claim of the first source. */
export function firstClaimFile(dir: string): string {
  return path.join(dir, 'claims', 'source-0', 's0-claim-0.mdx');
}

/**
 * The editor's common case: one claim's explanation changed, nothing else. Appends a sentence to the first claim's
 * body (a different one on every call, so a second call is an edit too) and returns the file.
 */
export function editOneExplanation(dir: string, stamp: string): string {
  const file = firstClaimFile(dir);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} Revised explanation ${stamp}.\n`);
  return file;
}
