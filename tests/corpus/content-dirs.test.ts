import { describe, expect, it } from 'vitest';
import { contentDirs } from '../../src/corpus/content-dirs.ts';

describe('contentDirs', () => {
  it('takes ./content, content/ and content for one folder, whose paths compare as written', () => {
    for (const written of ['content', './content', 'content/', './content//']) {
      expect(contentDirs(written).sources, written).toBe('content/sources');
    }
    expect(contentDirs('../sites/a/content').claims).toBe('../sites/a/content/claims');
    expect(contentDirs('/srv/content').people).toBe('/srv/content/people');
  });
});
