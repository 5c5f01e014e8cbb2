/**
 * The share card's size, apart from the renderer (satori, sharp) so pages can print it in
 * their link-preview tags without loading either: Open Graph and Twitter's large card (1.91:1).
 */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
