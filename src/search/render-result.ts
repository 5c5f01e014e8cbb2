/** One search result as a list item, built with text nodes only. */
import type { ResultView } from './results.ts';
import type { SearchText } from './words.ts';

export function renderResult(view: ResultView, text: SearchText): HTMLLIElement {
  const item = element('li', 'search-result');
  if (view.verdict) item.classList.add(`v-${view.verdict.id}`);
  const kind = element(
    'p',
    'result-kind',
    view.kind === 'claim' && view.sourceTitle
      ? text('search.result.in', { kind: view.kindLabel, source: view.sourceTitle })
      : view.kindLabel,
  );
  const title = element('h3', 'result-title');
  const link = element('a', '', view.title);
  link.href = view.url;
  title.append(link);
  item.append(title, kind);
  if (view.verdict) {
    // Same markup as src/components/VerdictBadge.astro, so the badge looks and reads the same.
    const badge = element('span', `badge v-${view.verdict.id}`);
    badge.title = view.verdict.definition;
    const icon = element('span', 'badge-icon', view.verdict.icon);
    icon.setAttribute('aria-hidden', 'true');
    badge.append(icon, ` ${view.verdict.label}`);
    const line = element('p', 'result-verdict');
    line.append(badge);
    item.append(line);
  }
  const excerpt = element('p', 'result-excerpt');
  for (const segment of view.excerpt) excerpt.append(segment.mark ? element('mark', '', segment.text) : segment.text);
  item.append(excerpt);
  if (view.dateText) item.append(element('p', 'meta', view.dateText));
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
