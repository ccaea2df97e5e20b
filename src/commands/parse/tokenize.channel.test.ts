import { describe, expect, it } from 'vitest';
import { joinTokens, tokenize } from './tokenize.js';

describe('channel tokens', () => {
  it('reads a Slack channel reference with and without its name', () => {
    expect(tokenize('alerts <#C123ABC|sales-wins> won')).toEqual([
      { type: 'word', value: 'alerts' },
      { type: 'channel', value: 'C123ABC', label: 'sales-wins' },
      { type: 'word', value: 'won' },
    ]);
    expect(tokenize('<#C9>')).toEqual([{ type: 'channel', value: 'C9' }]);
  });

  it('writes channel tokens back as they came, next to mentions', () => {
    const text = 'log note <#C1|general> for <@U1|rita> "two words"';
    expect(joinTokens(tokenize(text))).toBe('log note <#C1|general> for <@U1|rita> two words');
  });

  it('leaves a plain #name a word', () => {
    expect(tokenize('#sales')).toEqual([{ type: 'word', value: '#sales' }]);
  });
});
