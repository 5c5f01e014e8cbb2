import { describe, expect, it } from 'vitest';
import { CARD_SIZE } from '../../src/site/card-size.ts';
import { cardTree, renderCard, type CardElement } from '../../src/site/share-card.ts';
import { claimOf, fixtureModel } from '../support/fixture-model.ts';

const model = await fixtureModel();
const textOf = (node: CardElement | string): string =>
  typeof node === 'string'
    ? node
    : typeof node.props.children === 'string'
      ? node.props.children
      : (node.props.children ?? []).map(textOf).join(' ');

describe('share cards', () => {
  it('show the verdict, the quote and where it was published', () => {
    const text = textOf(cardTree(claimOf(model, 'sample-vote')));
    expect(text).toContain('✓ Supported');
    expect(text).toContain('“The council voted unanimously on Wednesday.”');
    expect(text).toContain('Fixture Gazette · 2024-05-01');
  });

  it(`render as a ${CARD_SIZE.width}×${CARD_SIZE.height} PNG`, async () => {
    const png = Buffer.from(await renderCard(cardTree(claimOf(model, 'sample-script'))));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_SIZE.width, CARD_SIZE.height]);
  });
});
