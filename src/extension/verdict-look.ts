/**
 * How a claim's verdict looks in the extension: the site's own icon, label and colour from
 * src/domain/verdicts.ts, so a highlight reads the same as the badge on our claim page. A verdict
 * label the scale does not know (a newer site, a damaged file) still shows, as text, in grey.
 */
import { VERDICTS, type VerdictId } from '../domain/verdicts.ts';
import { extensionText } from './words.ts';

export interface VerdictLook {
  readonly icon: string;
  readonly label: string;
  /** Text and border colour on a light background (passes 4.5:1 on white). */
  readonly color: string;
}

const UNKNOWN_COLOR = '#5a5a5a';

export function verdictLook(verdictId: string | undefined, verdictLabel: string): VerdictLook {
  const verdict = verdictId && verdictId in VERDICTS ? VERDICTS[verdictId as VerdictId] : undefined;
  if (verdict) return { icon: verdict.icon, label: verdict.label, color: verdict.color.light };
  return { icon: '•', label: verdictLabel.trim() || extensionText()('extension.notRated'), color: UNKNOWN_COLOR };
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
