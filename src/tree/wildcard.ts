/** Options of {@link wildcardSource}. */
export interface WildcardOptions {
  /** Whether `?` matches one character; otherwise it is literal. @default true */
  readonly questionMark?: boolean;
}

/**
 * The regular-expression source of a name pattern: `*` matches any run of characters (also `/`), `?` one
 * character, everything else is literal. Unanchored: the caller adds `^…$` or a prefix.
 */
export function wildcardSource(pattern: string, options: WildcardOptions = {}): string {
  const questionMark = options.questionMark ?? true;
  const source = pattern
    .replace(questionMark ? /[.+^${}()|[\]\\]/g : /[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*');
  return questionMark ? source.replace(/\?/g, '.') : source;
}

const compiled = new Map<string, RegExp>();

/** The whole-string matcher of a {@link wildcardSource} pattern (with `?`), compiled once per pattern. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${wildcardSource(pattern)}$`);
    compiled.set(pattern, re);
  }
  return re;
}
