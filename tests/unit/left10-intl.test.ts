import { describe, expect, it } from 'vitest';
import { findIntlAttributions, type PageLang } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// left10: the leftovers of blind9 and intl9 in other languages. Every sentence is our own.
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const names = (lang: PageLang, text: string) => findIntlAttributions(sents(text), lang, { db, publisher: null }).map((a) => a.source);

describe('a role and its field before a name (left10)', () => {
  it('"de acordo com o especialista em segurança Marcos Lima": the named expert, not "especialista"', () => {
    expect(names('pt', 'De acordo com o especialista em segurança Marcos Lima, da empresa Pontal Labs, o ataque explorou uma falha antiga.')).toEqual(['Marcos Lima']);
  });
  it('without a name the role stays; a named body keeps its whole name', () => {
    expect(names('pt', 'Segundo o especialista em segurança, o grupo pediu resgate.')).toEqual(['especialista']);
    expect(names('pt', 'De acordo com a Polícia Civil de Minas Gerais, o grupo pediu resgate.')).toEqual(['Polícia Civil de Minas Gerais']);
  });
});
