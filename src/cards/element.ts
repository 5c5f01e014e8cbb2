/**
 * What a share card is made of, apart from its layout (tree.ts) and its renderer: the element
 * tree satori draws, and the colours png.ts builds its palette from. Small on purpose: the
 * card workers load this, not the site model.
 */
export interface CardElement {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardElement | string)[] | string };
}

/** The colours of a card besides its accent (verdict, or ink on the site card): png.ts builds its palette. */
export const CARD_COLORS = { paper: '#f7f5f0', badge: '#ffffff', ink: '#1b1b1b', muted: '#4a4a4a' } as const;

/** The accent colour a card was drawn with: the bar down its left edge. */
export function cardAccent(tree: CardElement): string {
  const [bar] = Array.isArray(tree.props.children) ? tree.props.children : [];
  const color = typeof bar === 'object' ? bar.props.style?.['backgroundColor'] : undefined;
  if (typeof color !== 'string') throw new Error('A share card starts with its accent bar (see frame())');
  return color;
}
