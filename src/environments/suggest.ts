import { distance } from 'fastest-levenshtein';

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const lower = word.toLowerCase();
  const prefixed = list.filter((c) => lower.length >= 3 && c.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** `did you mean 'x'? ` when a candidate is close, else the empty string. */
export function suggest(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match ? `did you mean '${match}'? ` : '';
}
