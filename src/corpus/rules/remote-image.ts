import { reportExplanationMessages } from './explanation-messages.ts';
import type { Rule } from './rule.ts';

/** Found by `markdown/remark-safe-content.ts`, the plugin that decides for the check and the build alike. */
export const remoteImage = {
  id: 'remote-image',
  severity: 'error',
  meaning:
    'an image in an explanation that is not a path on this site (every view of the page would tell that site ' +
    'who reads what), or a reference-style image',
  fix:
    'Describe what the image shows in words and link to it, or save it in public/ and use its path, e.g. ' +
    '/images/chart.png.',
  checks: { markdown: (text, report) => reportExplanationMessages(text, 'remote-image', report) },
} as const satisfies Rule;
