import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractBody } from '../../src/core/body';

/* blind9: footnote markers between sentences (our own sentences). */

function texts(html: string): string[] {
  const doc = parseHTML(`<!doctype html><html><body><article><h1>Grid intrusions</h1>${html}</article></body></html>`).document as unknown as Document;
  return extractBody(doc, { baseUrl: null, title: null }).blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
}
const P = (inner: string) => `<p>${inner} The second sentence of this paragraph explains what the first one means for the operators.</p><p>Another paragraph follows so that the article has enough running text to be read as a body by the extractor.</p>`;

describe('footnote markers (fix9)', () => {
  it('drops a footnote marker that links to a note on the page', () => {
    expect(texts(P('Officials tied the first intrusion to the agency.<sup id="r1"><a href="#fn1">1</a></sup> Two neighbours confirmed theirs.'))[0]).toMatch(/^Officials tied the first intrusion to the agency\. Two neighbours confirmed theirs\./);
    expect(texts(P('Officials tied it to the agency.<sup><a href="#note-2">[2]</a></sup> Others agreed.'))[0]).toMatch(/agency\. Others agreed\./);
  });
  it('keeps superscripts that are not note markers', () => {
    expect(texts(P('The plant covers 40 m<sup>2</sup> of floor.'))[0]).toMatch(/40 m2 of floor/);
    expect(texts(P('The report came out on 3<sup>rd</sup> June.'))[0]).toMatch(/3rd June/);
    expect(texts(P('See the source.<sup><a href="https://example.org/paper">1</a></sup> It agrees.'))[0]).toMatch(/source\.1 It agrees/);
  });
});
