import type { Rule } from './rule.ts';

/** Reported by the reader of the snapshot (`previous-claims.ts`), with what went wrong: no file, not JSON … */
export const previousClaimsUnreadable = {
  id: 'previous-claims-unreadable',
  severity: 'error',
  meaning: "the previous build's claims.json (`--previous`, `FACTCHECK_PREVIOUS_CLAIMS`) cannot be read",
  fix: 'Pass the path or URL of a /data/claims.json the site published, or leave the option out.',
} as const satisfies Rule;
