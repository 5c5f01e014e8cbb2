/**
 * What a flag is (a problem a claim can have whatever its verdict), and the flags of this site's own
 * scale: the default when a site's options name none. Readers go through a `VerdictScale` (scale.ts).
 */

export interface FlagDefinition {
  /** Lower-case words joined by hyphens: what a claim's `flags:` lists, and the flag's address `/flags/<id>/`. */
  readonly id: string;
  readonly label: string;
  /** One line a reader sees on the methodology page and in tooltips. */
  readonly definition: string;
}

/** A flag of the scale in use. */
export type Flag = FlagDefinition;

export const DEFAULT_FLAGS: readonly FlagDefinition[] = [
  {
    id: 'missing-context',
    label: 'Missing context',
    definition:
      'Accurate as far as it goes, but leaves out facts that would change how a reader understands the claim. ' +
      'When what is left out makes its main point wrong, the verdict is Misleading instead.',
  },
  {
    id: 'loaded-language',
    label: 'Loaded language',
    definition: 'Uses emotionally charged or partisan wording in place of a neutral description.',
  },
  {
    id: 'misattribution',
    label: 'Misattribution',
    definition: 'Credits a statement, action or document to the wrong person, office or outlet.',
  },
  {
    id: 'factual-error',
    label: 'Factual error',
    definition: 'Contains a checkable detail (name, title, date, place, number) that is wrong.',
  },
  {
    id: 'internal-inconsistency',
    label: 'Internal inconsistency',
    definition: 'Disagrees with another statement in the same article.',
  },
  {
    id: 'unsourced',
    label: 'Unsourced',
    definition: 'Presents a fact or quotation without saying where it comes from.',
  },
];
