import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { extractBody } from '../../src/core/body';
import { splitSentences } from '../../src/core/sentences';

/** Old table/<font>/<br> layouts (blind5 section "Body extraction"), on small pages of our own. */

function linked(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
function happy(html: string): Document {
  const w = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } as never });
  return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

const HEAD = 'Harbour authority says ransomware halted its cargo booking system';
const P = [
  'A ransomware attack halted the cargo booking system of the northern harbour authority on Tuesday, the authority said in a statement on its website.',
  'According to the regional broadcaster, investigators believe the attackers entered through a contractor account that had no second login factor.',
  'The authority said ships already in port were being unloaded by hand and that it expected the booking system to be back within a week.',
  'A spokesperson declined to say whether a ransom had been demanded, and the broadcaster could not confirm the name of the group behind it.',
];
const TABLE_PAGE = `<html><head><title>${HEAD} | Port Wire Digest</title></head><body>
<table width="100%"><tr><td><font size="5"><b>Port Wire Digest</b></font></td></tr></table>
<table width="960"><tr>
<td width="150" valign="top"><font size="2"><b>Top stories</b><br><a href="/n?id=1">Bank trojan returns</a><br><br><a href="/n?id=2">Fake job offers</a></font></td>
<td valign="top">
<font size="4"><b>${HEAD}</b></font><br>
<font size="1" color="#666">Posted: 2026-02-03 07:10 | Views: 1,204</font><br><br>
<font size="2">${P.map((p) => `<p>${p}</p>`).join('\n')}</font>
</td></tr></table></body></html>`;

describe('body: table/<font>/<br> sites', () => {
  for (const [name, parse] of [['linkedom', linked], ['happy-dom', happy]] as const) {
    it(`${name}: headline, meta line and first paragraph are separate blocks`, () => {
      const body = extractBody(parse(TABLE_PAGE), { baseUrl: 'http://portwire.example/news.php?id=7', title: HEAD });
      const texts = body.blocks.filter((b) => b.kind !== 'title').map((b) => b.text);
      expect(texts).toContain('Posted: 2026-02-03 07:10 | Views: 1,204');
      expect(texts).toContain(P[0]);
      // The paragraphs inside <font> are one block each, and the headline is not repeated as a paragraph.
      for (const p of P) expect(texts).toContain(p);
      expect(texts.filter((t) => t.includes(HEAD))).toEqual([]);
      const first = splitSentences(body.blocks).find((s) => s.text.includes('ransomware attack halted'));
      expect(first?.text.startsWith('A ransomware attack')).toBe(true);
    });
  }

  it('text split by <br><br> is one block per paragraph', () => {
    const html = `<html><body><div class="article_content">${P[0]}<br><br>${P[1]}<br><br>${P[2]}</div></body></html>`;
    const texts = extractBody(linked(html), { baseUrl: null }).blocks.map((b) => b.text);
    expect(texts).toEqual([P[0], P[1], P[2]]);
  });

  it('a single <br> inside running text or after a link stays a space', () => {
    const html = `<html><body><div class="story"><p>Officials in the northern region said on Tuesday that the attack,<br>which began overnight, had hit the cargo booking system of the port and two of its contractors.</p><p>The finding was first reported by <a href="https://news.example/x">the regional broadcaster</a><br>and was later confirmed by the harbour authority in a statement that it posted on its website.</p><p>${P[2]}</p></div></body></html>`;
    const texts = extractBody(linked(html), { baseUrl: null }).blocks.map((b) => b.text);
    expect(texts[0]).toBe('Officials in the northern region said on Tuesday that the attack, which began overnight, had hit the cargo booking system of the port and two of its contractors.');
    expect(texts[1]).toBe('The finding was first reported by the regional broadcaster and was later confirmed by the harbour authority in a statement that it posted on its website.');
  });

  it('a linked headline holding a heading stays one link-only line (dropped)', () => {
    const html = `<html><body><main>${P.map((p) => `<p>${p}</p>`).join('')}<ul><li><a href="/a"><h3>Another story about a harbour somewhere else</h3></a></li><li><a href="/b"><h3>A second linked headline in the list</h3></a></li></ul></main></body></html>`;
    const texts = extractBody(linked(html), { baseUrl: null }).blocks.map((b) => b.text);
    expect(texts.some((t) => t.includes('linked headline'))).toBe(false);
  });
});

describe('sentences: military ranks before a name', () => {
  const texts = (t: string) => splitSentences([{ kind: 'paragraph', text: t, links: [] }]).map((s) => s.text);
  it('"Brig. Gen. Name" stays in one sentence', () => {
    expect(texts('"The marks of a foreign state are all over this," the head of the civil defence body, Brig. Gen. Omar Haddad, was quoted as saying by the state news agency.')).toHaveLength(1);
    expect(texts('Lieut. Col. Dana Morrow said the unit had been stood down. Cpl. Ian Reeve confirmed it.')).toHaveLength(2);
  });
});
