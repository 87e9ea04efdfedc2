import { distance } from 'fastest-levenshtein';

/**
 * The declared field an unknown field was most likely meant to be: the smallest edit distance
 * (case-insensitive) within `max(2, length / 3)`; ties go to a candidate the word is a prefix of,
 * then to the alphabetically first, so the suggestion is stable.
 */
export function closestField(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; distance: number; prefix: boolean } | undefined;
  for (const name of candidates) {
    const candidate = {
      name,
      distance: distance(lower, name.toLowerCase()),
      prefix: name.toLowerCase().startsWith(lower),
    };
    if (candidate.distance > limit) continue;
    if (
      !best ||
      candidate.distance < best.distance ||
      (candidate.distance === best.distance && candidate.prefix && !best.prefix) ||
      (candidate.distance === best.distance && candidate.prefix === best.prefix && name < best.name)
    ) {
      best = candidate;
    }
  }
  return best?.name;
}
