/**
 * How a claim's verdict looks in the extension: the site's own icon, label and colour, from the
 * verdict scale the site was built with (baked into the bundle by src/integration/extension/build.ts), so a
 * highlight reads the same as the badge on our claim page. The verdict is found by the id the annotation carries
 * (src/annotations/wire-format.ts), or, in a collection published before ids were, by its label. One the scale
 * does not know (a newer site, a damaged file) still shows, as text, in grey.
 */
import type { VerdictScale } from '../domain/scale.ts';
import { extensionConfig, type VerdictLook } from './config.ts';
import { extensionText } from './words.ts';

export type { VerdictLook };

/** A verdict as shown: `id` undefined for one the scale does not know. */
export type ShownVerdict = Omit<VerdictLook, 'id'> & { readonly id: string | undefined };

const UNKNOWN_COLOR = '#5a5a5a';

/** What the bundle carries of a scale: the look of each verdict, nothing else (no definitions, no ratings). */
export function verdictLooks(scale: VerdictScale): VerdictLook[] {
  return scale.verdicts.map(({ id, icon, label, color }) => ({ id, icon, label, color: color.light }));
}

/** The scale's verdict with this id, else (an older collection) with this label. */
function knownVerdict(
  verdictId: string | undefined,
  verdictLabel: string,
  looks: readonly VerdictLook[],
): VerdictLook | undefined {
  const byId = verdictId === undefined ? undefined : looks.find((look) => look.id === verdictId);
  if (byId) return byId;
  const label = verdictLabel.trim().toLowerCase();
  return looks.find((look) => look.label.toLowerCase() === label);
}

export function verdictLook(
  verdictId: string | undefined,
  verdictLabel: string,
  looks: readonly VerdictLook[] = extensionConfig().verdicts,
): ShownVerdict {
  const verdict = knownVerdict(verdictId, verdictLabel, looks);
  if (verdict) return { id: verdict.id, icon: verdict.icon, label: verdict.label, color: verdict.color };
  return {
    id: undefined,
    icon: '•',
    label: verdictLabel.trim() || extensionText()('extension.notRated'),
    color: UNKNOWN_COLOR,
  };
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
