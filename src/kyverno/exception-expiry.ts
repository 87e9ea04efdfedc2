/** Annotation holding the last day (`YYYY-MM-DD`, UTC) a PolicyException is valid. */
export const EXCEPTION_EXPIRY_ANNOTATION = 'gitops.cdk8s.io/expires';

/** The end of day `value` (`YYYY-MM-DD`, UTC) in ms since the epoch, or undefined if it is not such a date. */
export function expiryDate(value: string | undefined): number | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const t = Date.parse(`${value}T23:59:59.999Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== value ? undefined : t;
}
