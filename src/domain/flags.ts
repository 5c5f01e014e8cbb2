/** Flags: problems a claim can have whatever its verdict. One definition for badges, methodology and filters. */

export const FLAG_IDS = [
  'missing-context',
  'loaded-language',
  'misattribution',
  'factual-error',
  'internal-inconsistency',
  'unsourced',
] as const;

export type FlagId = (typeof FLAG_IDS)[number];

export interface Flag {
  readonly id: FlagId;
  readonly label: string;
  readonly definition: string;
}

export const FLAGS: Readonly<Record<FlagId, Flag>> = {
  'missing-context': {
    id: 'missing-context',
    label: 'Missing context',
    definition:
      'Accurate as far as it goes, but leaves out facts that would change how a reader understands the claim. ' +
      'When what is left out makes its main point wrong, the verdict is Misleading instead.',
  },
  'loaded-language': {
    id: 'loaded-language',
    label: 'Loaded language',
    definition: 'Uses emotionally charged or partisan wording in place of a neutral description.',
  },
  misattribution: {
    id: 'misattribution',
    label: 'Misattribution',
    definition: 'Credits a statement, action or document to the wrong person, office or outlet.',
  },
  'factual-error': {
    id: 'factual-error',
    label: 'Factual error',
    definition: 'Contains a checkable detail (name, title, date, place, number) that is wrong.',
  },
  'internal-inconsistency': {
    id: 'internal-inconsistency',
    label: 'Internal inconsistency',
    definition: 'Disagrees with another statement in the same article.',
  },
  unsourced: {
    id: 'unsourced',
    label: 'Unsourced',
    definition: 'Presents a fact or quotation without saying where it comes from.',
  },
};

export const FLAG_LIST: readonly Flag[] = FLAG_IDS.map((id) => FLAGS[id]);
