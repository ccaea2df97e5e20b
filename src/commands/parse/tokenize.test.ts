import { describe, expect, it } from 'vitest';
import { joinTokens, splitArgs, tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps quoted names together in straight and German quotes', () => {
    expect(tokenize('log call "Acme GmbH" Discussed renewal')).toEqual([
      { type: 'word', value: 'log' },
      { type: 'word', value: 'call' },
      { type: 'quoted', value: 'Acme GmbH' },
      { type: 'word', value: 'Discussed' },
      { type: 'word', value: 'renewal' },
    ]);
    expect(tokenize('account „Müller & Söhne“')[1]).toEqual({ type: 'quoted', value: 'Müller & Söhne' });
  });

  it('reads Slack mentions and flags, including a long dash', () => {
    expect(tokenize('pipeline <@U123|rita> —next friday')).toEqual([
      { type: 'word', value: 'pipeline' },
      { type: 'mention', value: 'U123', label: 'rita' },
      { type: 'flag', value: 'next' },
      { type: 'word', value: 'friday' },
    ]);
  });

  it('treats an unclosed quote as a plain word', () => {
    expect(tokenize('"Acme')).toEqual([{ type: 'word', value: '"Acme' }]);
  });
});

describe('splitArgs', () => {
  const aliases = { contact: 'contact', kontakt: 'contact', next: 'next', naechste: 'next' };
  it('collects multi-word flag values and maps German aliases', () => {
    const res = splitArgs(tokenize('Acme wants 50 seats --kontakt Hans Müller --next in 3 Tagen'), aliases);
    if (!res.ok) throw new Error('expected ok');
    expect(joinTokens(res.args.positional)).toBe('Acme wants 50 seats');
    expect(joinTokens(res.args.flags.get('contact'))).toBe('Hans Müller');
    expect(joinTokens(res.args.flags.get('next'))).toBe('in 3 Tagen');
  });
  it('reports an unknown flag', () => {
    expect(splitArgs(tokenize('x --bogus 1'), aliases)).toEqual({ ok: false, unknownFlag: 'bogus' });
  });
});
