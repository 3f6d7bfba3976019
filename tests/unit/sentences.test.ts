import { describe, expect, it } from 'vitest';
import { MAX_SENTENCES, splitSentences, splitText } from '../../src/core/sentences';

describe('splitText', () => {
  it('does not split after U.S. inside a name, but does at a real sentence end', () => {
    expect(splitText('A group linked to the U.S. Central Intelligence Agency attacked targets. It denied this.')).toEqual([
      'A group linked to the U.S. Central Intelligence Agency attacked targets.',
      'It denied this.',
    ]);
    expect(splitText('The attack hit the U.S. The ministry said so.')).toEqual(['The attack hit the U.S.', 'The ministry said so.']);
  });
  it('keeps titles, months, numbers, initials and e.g./i.e. inside the sentence', () => {
    expect(splitText('He met Gov. Newsom on Jan. 5 at No. 10 Downing St. in London. Next.')).toEqual(['He met Gov. Newsom on Jan. 5 at No. 10 Downing St. in London.', 'Next.']);
    expect(splitText('Adapted from Martin J. Sherwin’s book, it follows J. Robert Oppenheimer. Next.')).toHaveLength(2);
    expect(splitText('Tools, e.g. Cobalt Strike, i.e. the usual. Dr. Smith agreed.')).toEqual(['Tools, e.g. Cobalt Strike, i.e. the usual.', 'Dr. Smith agreed.']);
    expect(splitText('Acme Inc. said it was fine. Acme Corp. The end.')).toEqual(['Acme Inc. said it was fine.', 'Acme Corp.', 'The end.']);
  });
  it('keeps a closing quote with its sentence and a quote with its speaker', () => {
    expect(splitText('“It was bad,” he said. Then it ended.')).toEqual(['“It was bad,” he said.', 'Then it ended.']);
    expect(splitText('"We saw it coming." The company said more.')).toEqual(['"We saw it coming."', 'The company said more.']);
  });
});

describe('splitSentences', () => {
  it('records the block index and kind, and caps the count', () => {
    const s = splitSentences([
      { kind: 'title', text: 'Headline here', links: [] },
      { kind: 'paragraph', text: 'One. Two.', links: [] },
    ]);
    expect(s.map((x) => [x.text, x.block, x.blockKind])).toEqual([
      ['Headline here', 0, 'title'],
      ['One.', 1, 'paragraph'],
      ['Two.', 1, 'paragraph'],
    ]);
    const many = splitSentences([{ kind: 'paragraph', text: 'A b c. '.repeat(MAX_SENTENCES + 50), links: [] }]);
    expect(many).toHaveLength(MAX_SENTENCES);
  });
});
