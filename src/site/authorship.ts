/**
 * Who made a check, said in plain words beside its byline: whether it was researched and written by
 * AI software, and whether a second, separate AI review checked it (people's `ai` in content/people).
 * A source page and the home page say it once for all the checks they show. Nothing is said of a
 * check that no AI software wrote or reviewed: its byline already names the people.
 */
import { activeTranslator } from '../i18n/active.ts';

/** Who wrote and who reviewed a check, as far as this sentence needs: a `Byline` (people.ts) is one. */
interface MadeBy {
  readonly author?: { readonly id: string; readonly ai?: boolean | undefined } | undefined;
  readonly reviewers: readonly { readonly id: string; readonly ai?: boolean | undefined }[];
}

type Scope = 'check' | 'page' | 'site';

/** "researched and written by AI software and reviewed by a second, separate AI review", or undefined. */
function making(byline: MadeBy): string | undefined {
  const { author, reviewers } = byline;
  const aiReviewers = reviewers.filter((reviewer) => reviewer.ai);
  if (!author?.ai && aiReviewers.length === 0) return undefined;
  const t = activeTranslator();
  const separate = aiReviewers.every((reviewer) => reviewer.id !== author?.id);
  const reviewed =
    reviewers.length === 0
      ? 'none'
      : aiReviewers.length === reviewers.length
        ? author?.ai && separate
          ? 'separateAi'
          : 'ai'
        : aiReviewers.length === 0
          ? 'people'
          : 'mixed';
  return t('authorship.made', {
    written: t(author?.ai ? 'authorship.written.ai' : 'authorship.written.people'),
    reviewed: t(`authorship.reviewed.${reviewed}`),
  });
}

/**
 * The sentence for one check (`check`), or for all the checks a page shows (`page`, `site`): one
 * statement when they were all made the same way, else a pointer to each check's own byline.
 */
export function authorshipText(bylines: readonly MadeBy[], scope: Scope = 'check'): string | undefined {
  const statements = bylines.map(making);
  const made = statements.filter((statement): statement is string => statement !== undefined);
  if (made.length === 0) return undefined;
  const t = activeTranslator();
  const distinct = new Set(statements);
  if (distinct.size === 1)
    return t('authorship.sentence', { subject: t(`authorship.subject.${scope}`), made: made[0]! });
  return t(scope === 'site' ? 'authorship.some.site' : 'authorship.some.page');
}
