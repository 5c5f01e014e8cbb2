/**
 * Pagefind's excerpts are HTML: our indexed text, escaped, with the matched words in `<mark>`.
 * Rather than trust that as markup, it is split into plain-text segments (marked or not) that
 * the page renders with text nodes, so nothing but the highlight can ever come through.
 * @see https://pagefind.app/docs/api/#loading-a-result (the `excerpt` field)
 */

export interface ExcerptSegment {
  readonly text: string;
  readonly mark: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML escaper produces; anything else stays as written. */
export function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

/** Splits an excerpt at `<mark>`/`</mark>`, drops every other tag, decodes entities; adjacent equal segments merge. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark\b[^>]*>)/i)) {
    if (/^<mark\b/i.test(part)) mark = true;
    else if (/^<\/mark/i.test(part)) mark = false;
    else {
      const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
      if (!text) continue;
      const last = segments[segments.length - 1];
      if (last && last.mark === mark) segments[segments.length - 1] = { text: last.text + text, mark };
      else segments.push({ text, mark });
    }
  }
  return segments;
}
