/**
 * The `verdicts` and `flags` options: a site's own verdict scale and flags, validated here and handed
 * through unchanged (the pages, the checker and the extension read them from the resolved options).
 * Without them, today's scale (src/domain/verdicts.ts) and flags (src/domain/flags.ts).
 */
import { z } from 'astro/zod';
import { DEFAULT_FLAGS as DOMAIN_FLAGS } from '../domain/flags.ts';
import { createVerdictScale, DEFAULT_SCALE, type VerdictScale } from '../domain/scale.ts';
import { DEFAULT_VERDICTS as DOMAIN_VERDICTS } from '../domain/verdicts.ts';

/** Ids are written in claim files and page addresses: lower-case words joined by hyphens. */
const optionId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case id of words joined by hyphens, such as "partly-true"');
const text = z.string().trim().min(1, 'Expected text, found an empty value');
const RATING = 'Expected a whole number from 1 (false) to 5 (true), or null for a verdict that is not rated';
const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour written #rrggbb, such as "#1d6b35"');

export const VerdictOptionSchema = z
  .object({
    id: optionId.describe('What a claim file writes as its `verdict`, e.g. `partly-supported`.'),
    label: text.describe('The name readers see on badges, filters and pages.'),
    description: text.describe('One line a reader sees on the methodology page and in tooltips.'),
    icon: text.describe('A glyph shown beside the label, so that colour is never the only signal.'),
    color: z
      .object({
        light: hexColor.describe('Text and border colour on a light background.'),
        dark: hexColor.describe('Text and border colour on a dark background.'),
      })
      .strict()
      .describe('Badge colours, each readable against its theme (4.5:1).'),
    rating: z
      .number({ error: RATING })
      .int(RATING)
      .min(1, RATING)
      .max(5, RATING)
      .nullable()
      .describe('ClaimReview rating from 1 (false) to 5 (true); `null` for a verdict that is not rated.'),
    aliases: z
      .array(text)
      .optional()
      .describe('Words from other rating scales an editor may write for it ("true", "half-true"): proposed as it.'),
  })
  .strict();

export const FlagOptionSchema = z
  .object({
    id: optionId.describe('What a claim file lists under `flags`, e.g. `missing-context`.'),
    label: text.describe('The name readers see.'),
    description: text.describe('One line a reader sees on the methodology page and in tooltips.'),
  })
  .strict();

export type VerdictOption = z.output<typeof VerdictOptionSchema>;
export type FlagOption = z.output<typeof FlagOptionSchema>;

/** Today's scale, the default: the domain's definitions as options. */
const DEFAULT_VERDICTS: VerdictOption[] = DOMAIN_VERDICTS.map((verdict) => ({
  id: verdict.id,
  label: verdict.label,
  description: verdict.definition,
  icon: verdict.icon,
  color: { light: verdict.color.light, dark: verdict.color.dark },
  rating: verdict.rating,
  ...(verdict.aliases ? { aliases: [...verdict.aliases] } : {}),
}));

const DEFAULT_FLAGS: FlagOption[] = DOMAIN_FLAGS.map((flag) => ({
  id: flag.id,
  label: flag.label,
  description: flag.definition,
}));

/** Refuses a second entry with an id already used, naming the entry. */
function uniqueIds(entries: readonly { id: string }[], context: z.RefinementCtx): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `Unexpected second "${entry.id}"` });
    }
    seen.add(entry.id);
  });
}

export const verdictsOption = z
  .array(VerdictOptionSchema)
  .min(3, 'Expected at least 3 verdicts')
  .max(10, 'Expected at most 10 verdicts: readers cannot tell more apart')
  .superRefine(uniqueIds)
  .default(DEFAULT_VERDICTS)
  .describe(
    'The verdict scale, 3 to 10 entries in the order readers see them: each `{ id, label, description, icon, ' +
      'color: { light, dark }, rating }`. Default: the scale described under "The verdict scale".',
  );

export const flagsOption = z
  .array(FlagOptionSchema)
  .superRefine(uniqueIds)
  .default(DEFAULT_FLAGS)
  .describe(
    'Problems a claim can have whatever its verdict, each `{ id, label, description }`. ' +
      'Default: the six flags described under "The verdict scale".',
  );

/**
 * The scale the options describe, as the domain uses it (the options call a verdict's line `description`, the
 * domain `definition`). The default options give the default scale itself.
 */
export function scaleOfOptions(options: {
  readonly verdicts: readonly VerdictOption[];
  readonly flags: readonly FlagOption[];
}): VerdictScale {
  if (JSON.stringify([options.verdicts, options.flags]) === JSON.stringify([DEFAULT_VERDICTS, DEFAULT_FLAGS])) {
    return DEFAULT_SCALE;
  }
  return createVerdictScale({
    verdicts: options.verdicts.map(({ description, ...verdict }) => ({ ...verdict, definition: description })),
    flags: options.flags.map(({ description, ...flag }) => ({ ...flag, definition: description })),
  });
}
