import { wildcardSource } from '../tree/wildcard.js';

/**
 * A user-declared pattern of apiVersion/kinds that have no schema (e.g. operators whose CRDs are
 * installed outside the tree). Objects matching it skip schema validation and scope checks.
 *
 * Accepted forms: `monitoring.coreos.com/v1/ServiceMonitor` (one kind), `monitoring.coreos.com/v1`
 * (every kind of an apiVersion), `example.com` (every version and kind of a group), and globs with `*`
 * matched against `apiVersion/kind`, such as `example.com/*` or `*.example.com/*`.
 */
export class ExternalPattern {
  private readonly regex: RegExp;

  public constructor(public readonly pattern: string) {
    this.regex = new RegExp(`^${wildcardSource(pattern.trim(), { questionMark: false })}$`);
  }

  /** Whether the apiVersion/kind matches. */
  public matches(apiVersion: string, kind: string): boolean {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
    return (
      this.regex.test(`${apiVersion}/${kind}`) ||
      this.regex.test(apiVersion) ||
      (group !== '' && this.regex.test(group))
    );
  }
}

/**
 * Kinds the library's constructs emit whose CRDs are not shipped: the Flux notification-controller's
 * `Provider` and `Alert` (`notification.toolkit.fluxcd.io/v1beta3`). No upstream copy of
 * notification-controller's CRDs is in `../shared/crds`, so these objects are declared external (no
 * schema validation; the constructs type their fields by hand) until the CRDs are added and imported.
 */
export const KINDS_WITHOUT_SHIPPED_SCHEMA: readonly string[] = [
  'notification.toolkit.fluxcd.io/v1beta3/Provider',
  'notification.toolkit.fluxcd.io/v1beta3/Alert',
];
