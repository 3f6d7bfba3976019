import { describe, expect, it } from 'vitest';
import { keptSegmentForTest, splitText } from '../../src/core/sentences';

// V8 frees the map of segment objects in a full GC when no segment is alive, and with it the optimized code of
// every function that read one (sentences.ts, keptSegment). The segmenter keeps one segment for the process.
describe('the segment kept alive', () => {
  it('is a segment object once the segmenter exists, and stays the same one', () => {
    // An abbreviation before a capital: this piece goes to Intl.Segmenter, which creates the segmenter.
    expect(splitText('Officials in the U.S. Navy said so. Then they left.')).toEqual(['Officials in the U.S. Navy said so.', 'Then they left.']);
    const kept = keptSegmentForTest();
    expect(kept).not.toBeNull();
    expect(typeof kept!.segment).toBe('string');
    expect(typeof kept!.index).toBe('number');
    splitText('Mr. Smith arrived. Dr. Jones left.');
    expect(keptSegmentForTest()).toBe(kept);
  });
});
