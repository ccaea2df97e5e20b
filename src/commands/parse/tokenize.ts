/** One piece of a command line. Quoted text stays one word; `<@U1|name>` is a mention of a user id. */
export type Token =
  | { type: 'word'; value: string }
  | { type: 'quoted'; value: string }
  | { type: 'mention'; value: string; label?: string }
  /** A Slack channel reference `<#C123|name>`: the channel id and its name. */
  | { type: 'channel'; value: string; label?: string }
  | { type: 'flag'; value: string };

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', "'": "'", '”': '”' };

export function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const s = input.trim();
  let i = 0;
  while (i < s.length) {
    const ch = s[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const close = QUOTES[ch];
    if (close) {
      const end = s.indexOf(close, i + 1);
      if (end > i) {
        tokens.push({ type: 'quoted', value: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    const mention = /^<@([A-Za-z0-9:_-]+)(?:\|([^>]*))?>/.exec(s.slice(i));
    if (mention) {
      tokens.push({
        type: 'mention',
        value: mention[1] as string,
        ...(mention[2] ? { label: mention[2] } : {}),
      });
      i += mention[0].length;
      continue;
    }
    const channel = /^<#([A-Za-z0-9_-]+)(?:\|([^>]*))?>/.exec(s.slice(i));
    if (channel) {
      tokens.push({
        type: 'channel',
        value: channel[1] as string,
        ...(channel[2] ? { label: channel[2] } : {}),
      });
      i += channel[0].length;
      continue;
    }
    let end = i;
    while (end < s.length && !/\s/.test(s[end] as string)) end++;
    const word = s.slice(i, end);
    // "--flag" and the long dash some keyboards turn it into
    const flag = /^(?:--|—|–)([\p{L}][\p{L}\d_-]*)$/u.exec(word);
    tokens.push(
      flag ? { type: 'flag', value: (flag[1] as string).toLowerCase() } : { type: 'word', value: word },
    );
    i = end;
  }
  return tokens;
}

export const tokenText = (t: Token): string =>
  t.type === 'mention'
    ? `<@${t.value}${t.label ? `|${t.label}` : ''}>`
    : t.type === 'channel'
      ? `<#${t.value}${t.label ? `|${t.label}` : ''}>`
      : t.type === 'flag'
        ? `--${t.value}`
        : t.value;

/** Positional tokens before the first flag, and each flag's tokens (until the next flag). */
export interface ParsedArgs {
  positional: Token[];
  flags: Map<string, Token[]>;
}

/**
 * Splits tokens into positionals and flags. `aliases` maps every accepted flag spelling (German too) to
 * its canonical name; an unknown flag is reported so the user learns the valid ones.
 */
export function splitArgs(
  tokens: Token[],
  aliases: Record<string, string>,
): { ok: true; args: ParsedArgs } | { ok: false; unknownFlag: string } {
  const positional: Token[] = [];
  const flags = new Map<string, Token[]>();
  let current: Token[] | undefined;
  for (const token of tokens) {
    if (token.type === 'flag') {
      const name = aliases[token.value];
      if (!name) return { ok: false, unknownFlag: token.value };
      current = [];
      flags.set(name, current);
    } else if (current) {
      current.push(token);
    } else {
      positional.push(token);
    }
  }
  return { ok: true, args: { positional, flags } };
}

export const joinTokens = (tokens: Token[] | undefined): string =>
  (tokens ?? []).map(tokenText).join(' ').trim();
