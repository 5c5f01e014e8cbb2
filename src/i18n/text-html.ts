/**
 * A message's words as HTML text, with only `&`, `<` and `>` escaped: what Astro writes for words typed into a
 * template. Astro writes an expression's text with `'` and `"` escaped too (`check&#39;s`); a page whose words keep a
 * straight apostrophe renders them with `<Fragment set:html={textHtml(words)} />`, so it stays byte for byte what it
 * was when the words were in the template. Only for table text: the result is safe inside an element, not in an
 * attribute.
 */
const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export const textHtml = (text: string) => text.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char]!);
