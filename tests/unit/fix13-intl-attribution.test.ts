import { describe, expect, it } from 'vitest';
import { findIntlAttributions } from '../../src/core/cues-intl';
import { splitSentences } from '../../src/core/sentences';
import { bundledDirectory } from '../../src/sources/index';

// Own sentences; the constructions come from blind13's Spanish police release (docs/blind13-eval.md).
const db = bundledDirectory();
const sents = (text: string) => splitSentences(text.split('\n').map((t) => ({ kind: 'paragraph' as const, text: t, links: [] })));
const found = (text: string) => findIntlAttributions(sents(text), 'es', { db, publisher: null }).map((a) => [a.source, a.sourceKind]);
const names = (text: string) => found(text).map(([n]) => n);

describe('Spanish (fix13)', () => {
  it('"Según ha informado X, …": the perfect reporting verb belongs to the cue, and "Según" is never the speaker', () => {
    expect(found('Según ha informado la Unidad Central de Ciberdelincuencia, el dinero salía del país en cuestión de horas.')).toEqual([['Unidad Central de Ciberdelincuencia', 'government']]);
    expect(names('Según han explicado los investigadores de la brigada, los mensajes llegaban de madrugada.')).toEqual(['investigadores de la brigada']);
    expect(names('Según la Guardia Civil, los detenidos operaban desde dos pisos.')).toEqual(['Guardia Civil']);
    expect(names('Según lo previsto, la reunión empezó a las diez.')).toEqual([]);
  });
  it('"según sus analistas ha identificado …": a possessive before a source noun, and the auxiliary ends the phrase', () => {
    expect(names('La operación contó con Europol, que según sus analistas ha identificado vínculos con otras redes.')).toEqual(['analistas']);
    expect(names('Según sus datos ha crecido un diez por ciento.')).toEqual([]);
  });
  it('"ha recordado" is a speech verb; "recuerda a" a likeness is not', () => {
    expect(names('El Instituto Nacional de Ciberseguridad (INCIBE) ha recordado que los bancos nunca piden claves por SMS.')).toEqual(['Instituto Nacional de Ciberseguridad']);
    expect(names('El nuevo edificio recuerda a una fábrica antigua.')).toEqual([]);
  });
});

describe('Italian (fix13)', () => {
  const it_ = (text: string) => findIntlAttributions(sents(text), 'it', { db, publisher: null }).map((a) => [a.source, a.sourceKind]);
  it('a local health authority (Azienda sanitaria, ASL) is a public body; a private company is not', () => {
    expect(it_("L'Azienda sanitaria locale della Maremma ha confermato l'attacco informatico.")).toEqual([["Azienda sanitaria locale della Maremma", 'government']]);
    expect(it_("L'azienda Ferri Costruzioni S.p.A. ha confermato l'attacco informatico.")[0]?.[1]).not.toBe('government');
  });
});
