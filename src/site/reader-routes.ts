/**
 * Where the site's readers write to, for pages: "Request a correction" and "Suggest a claim to check", from the
 * `corrections` and `suggestions` options the `factcheck` integration hands over (`virtual:factcheck/config`).
 * Both were validated when the options were read (src/integration/options.ts), so nothing here throws.
 */
import config from 'virtual:factcheck/config';
import {
  correctionRequestHref,
  correctionTarget,
  type CorrectionRequestFields,
  type CorrectionTarget,
} from './correction-request.ts';
import { suggestClaimHref } from './suggest-claim.ts';

const correctionRoute = correctionTarget(config.corrections);
const suggestionHref = suggestClaimHref(config.suggestions);

/** Where the site's correction requests go: the methodology words its promise by it. */
export function siteCorrectionTarget(): CorrectionTarget {
  return correctionRoute;
}

/** The link on one claim page; none when the site has no correction route (the build warned). */
export function claimCorrectionRequest(fields: CorrectionRequestFields): string | undefined {
  return correctionRequestHref(correctionRoute, fields);
}

/** The site's "Suggest a claim to check" link, or none. */
export function siteSuggestClaimHref(): string | undefined {
  return suggestionHref;
}
