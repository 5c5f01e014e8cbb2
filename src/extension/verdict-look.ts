/**
 * How a claim's verdict looks in the extension: the site's own icon, label and colour from
 * src/domain/verdicts.ts, so a highlight reads the same as the badge on our claim page. The verdict is
 * found by the id the annotation carries (src/annotations/wire-format.ts), or, in a collection published
 * before ids were, by its label. One the scale does not know (a newer site, a damaged file) still shows,
 * as text, in grey.
 */
import { VERDICTS, type Verdict } from '../domain/verdicts.ts';

export interface VerdictLook {
  /** The verdict's id in our scale; undefined for one the scale does not know. */
  readonly id: string | undefined;
  readonly icon: string;
  readonly label: string;
  /** Text and border colour on a light background (passes 4.5:1 on white). */
  readonly color: string;
}

const UNKNOWN_COLOR = '#5a5a5a';

const VERDICT_BY_LABEL = new Map<string, Verdict>(
  Object.values(VERDICTS).map((verdict) => [verdict.label.toLowerCase(), verdict]),
);

/** The scale's verdict with this id (an own key only: `constructor` is no verdict), else with this label. */
function knownVerdict(verdictId: string | undefined, verdictLabel: string): Verdict | undefined {
  if (verdictId !== undefined && Object.hasOwn(VERDICTS, verdictId))
    return VERDICTS[verdictId as keyof typeof VERDICTS];
  return VERDICT_BY_LABEL.get(verdictLabel.trim().toLowerCase());
}

export function verdictLook(verdictId: string | undefined, verdictLabel: string): VerdictLook {
  const verdict = knownVerdict(verdictId, verdictLabel);
  if (verdict) return { id: verdict.id, icon: verdict.icon, label: verdict.label, color: verdict.color.light };
  return { id: undefined, icon: '•', label: verdictLabel.trim() || 'Not rated', color: UNKNOWN_COLOR };
}

/** Only http(s) addresses become links; anything else (javascript:, data:, relative) is dropped. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
