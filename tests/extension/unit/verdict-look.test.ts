import '../../support/extension-words.ts';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../../src/domain/scale.ts';
import { verdictLook as lookIn, verdictLooks } from '../../../src/extension/verdict-look.ts';

/** As the bundle does, with the default scale's looks baked in. */
const looks = verdictLooks(DEFAULT_SCALE);
const verdictLook = (id: string | undefined, label: string) => lookIn(id, label, looks);
const VERDICTS = { false: DEFAULT_SCALE.verdict('false') };

describe('verdictLook', () => {
  it("shows a verdict by its id, in the scale's icon, label and colour, whatever the label says", () => {
    expect(verdictLook('false', 'Whatever the file says')).toEqual({
      id: 'false',
      icon: VERDICTS.false.icon,
      label: VERDICTS.false.label,
      color: VERDICTS.false.color.light,
    });
  });

  it('goes by the label when the annotation carries no id (a collection published before ids were)', () => {
    expect(verdictLook(undefined, ' misleading ')).toMatchObject({ id: 'misleading', label: 'Misleading' });
  });

  it('never takes an inherited property for a verdict, and shows an unknown verdict as text in grey', () => {
    expect(verdictLook('constructor', 'Made up')).toEqual({
      id: undefined,
      icon: '•',
      label: 'Made up',
      color: '#5a5a5a',
    });
    expect(verdictLook(undefined, '  ').label).toBe('Not rated');
  });
});
