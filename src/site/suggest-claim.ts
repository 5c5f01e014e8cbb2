/**
 * "Suggest a claim to check": where a reader's suggestion goes, from the `suggestions` option: its `url`
 * (`SUGGEST_URL`; an http(s) page, such as the repository's suggest-claim issue form), else its `email`
 * (`SUGGEST_EMAIL`) or, failing that, the corrections address, as a `mailto:` link with a subject and the
 * questions the form asks. With neither, no page offers the link and the methodology does not mention it.
 * The site's own link, for pages, is in reader-routes.ts.
 */
import { CorrectionTargetError } from './correction-request.ts';
import { activeTranslator } from '../i18n/active.ts';

// The same plain addr-spec the correction route accepts (RFC 6068 needs nothing encoded in it).
const EMAIL = /^[A-Za-z0-9!$'*+._^`|~-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/** The link from the two settings, or `undefined`; refuses anything but an http(s) URL or one address. */
export function suggestClaimHref(settings: {
  readonly url?: string | undefined;
  readonly email?: string | undefined;
}): string | undefined {
  const url = settings.url?.trim();
  if (url) {
    let protocol: string;
    try {
      protocol = new URL(url).protocol;
    } catch {
      protocol = '';
    }
    if (protocol !== 'https:' && protocol !== 'http:')
      throw new CorrectionTargetError(
        `Unexpected SUGGEST_URL "${url}", expected an http(s) URL`,
        'Set it to a page that takes suggestions, e.g. an issue form: https://…/issues/new?template=suggest-claim.yml',
      );
    return url;
  }
  const address = settings.email?.trim().replace(/^mailto:/i, '');
  if (!address) return undefined;
  if (!EMAIL.test(address))
    throw new CorrectionTargetError(
      `Unexpected SUGGEST_EMAIL "${settings.email}", expected one e-mail address`,
      'Set it to the address that receives suggestions of claims to check.',
    );
  const t = activeTranslator();
  // The questions the suggest-claim form asks, each followed by a line to answer on.
  const questions = (['mail.suggest.claim', 'mail.suggest.where', 'mail.suggest.why'] as const).map(
    (key) => `${t(key)}\r\n`,
  );
  const subject = encodeURIComponent(t('mail.suggest.subject'));
  return `mailto:${address}?subject=${subject}&body=${encodeURIComponent(questions.join('\r\n'))}`;
}
