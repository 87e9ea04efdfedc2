import { suggest } from '../environments/suggest.js';
import { ALL_ISSUE_CODES, ISSUE_CODES, type Finding } from './issue.js';
import { isPlainObject } from './schema-walk.js';

/**
 * Object annotation that waives checks for hand-written trees:
 * `gitops.cdk8s.io/waive: "secret.plaintext: test fixture, secret.credential-like: sample data"`
 * (comma-separated `code: reason` pairs; every waiver needs a reason).
 */
export const WAIVER_ANNOTATION = 'gitops.cdk8s.io/waive';

/** Waivers of one object: code (or `family.*`) → reason. */
export type Waivers = Readonly<Record<string, string>>;

/** Splits the annotation before each `code:` (so reasons may contain commas). */
const ENTRY_SPLIT = /,\s*(?=[a-z0-9*-]+(?:\.[a-z0-9*-]+)+\s*:)/;

/**
 * Parses the {@link WAIVER_ANNOTATION} value. Entries without a reason, or naming no known code, are
 * not applied and reported as `waiver.invalid` warnings.
 */
export function parseWaiverAnnotation(value: string): { waivers: Record<string, string>; findings: Finding[] } {
  const waivers: Record<string, string> = {};
  const findings: Finding[] = [];
  const pointer = `/metadata/annotations/${WAIVER_ANNOTATION.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  for (const raw of value.split(ENTRY_SPLIT)) {
    const entry = raw.trim();
    if (!entry) continue;
    const colon = entry.indexOf(':');
    const code = (colon >= 0 ? entry.slice(0, colon) : entry).trim();
    const reason = colon >= 0 ? entry.slice(colon + 1).trim() : '';
    if (!reason) {
      findings.push({
        severity: 'warning',
        code: ISSUE_CODES.waiverInvalid,
        pointer,
        message: `waiver '${code}' has no reason and is not applied`,
        hint: `write it as '${code}: <why this is acceptable>'`,
      });
      continue;
    }
    if (!isKnownCode(code)) {
      findings.push({
        severity: 'warning',
        code: ISSUE_CODES.waiverInvalid,
        pointer,
        message: `waiver names unknown check '${code}'`,
        hint: `${suggest(code, ALL_ISSUE_CODES)}known checks: ${ALL_ISSUE_CODES.join(', ')}`,
      });
      continue;
    }
    waivers[code] = reason;
  }
  return { waivers, findings };
}

function isKnownCode(code: string): boolean {
  if ((ALL_ISSUE_CODES as readonly string[]).includes(code)) return true;
  if (code.endsWith('.*')) {
    const family = code.slice(0, -1);
    return ALL_ISSUE_CODES.some((known) => known.startsWith(family));
  }
  return false;
}

/** The waivers of an object's annotation, or undefined when it has none. */
export function annotationWaivers(
  object: Record<string, unknown>,
): { waivers: Record<string, string>; findings: Finding[] } | undefined {
  const metadata = object['metadata'];
  const annotations = isPlainObject(metadata) ? metadata['annotations'] : undefined;
  const value = isPlainObject(annotations) ? annotations[WAIVER_ANNOTATION] : undefined;
  return typeof value === 'string' ? parseWaiverAnnotation(value) : undefined;
}

/** Whether `code` is waived by an exact entry or a `family.*` entry. */
export function isWaived(code: string, waivers: Waivers): boolean {
  if (Object.prototype.hasOwnProperty.call(waivers, code)) return true;
  const dot = code.indexOf('.');
  return dot > 0 && Object.prototype.hasOwnProperty.call(waivers, `${code.slice(0, dot)}.*`);
}
