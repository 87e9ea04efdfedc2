import type { Construct } from 'constructs';
import { Layout, Platform, type TierScope } from '../tree/index.js';
import { ApplicationSet, rollingSyncByTier } from './application-set.js';
import { Generator } from './generators.js';
import type { RetryOptions, SyncOptions } from './sync-options.js';

/** Props of {@link applicationTierMatrix}. */
export interface ApplicationTierMatrixProps {
  /** @default 'applications' */
  readonly name?: string;
  /** Tiers in the matrix. @default - every tier */
  readonly tiers?: readonly TierScope[];
  /** Applications left out (synced some other way). @default - none */
  readonly exclude?: readonly string[];
  /** Roll out tier by tier, in promotion order (RollingSync; Argo CD then turns off automated sync). @default false */
  readonly progressive?: boolean;
  /** @default - 5 retries with backoff */
  readonly retry?: RetryOptions | false;
  /** @default - CreateNamespace=true */
  readonly syncOptions?: SyncOptions;
}

/**
 * The "every application × every tier" ApplicationSet: a matrix of the tier catalogue (a list of tiers
 * with their cluster, project and sync policy) and the application folders of each tier (a git
 * directories generator over `environments/<tier>/applications/*`). Each generated Application is named
 * `<app>-<tier>`, deploys to the tier's cluster in the namespace of the tier's convention, belongs to the
 * tier's project (named like the tier) and syncs as the tier says.
 */
export function applicationTierMatrix(scope: Construct, props: ApplicationTierMatrixProps = {}): ApplicationSet {
  const platform = Platform.of(scope);
  const tiers = props.tiers ?? platform.tiers;
  const elements = tiers.map(({ tier }) => {
    const [prefix, suffix] = splitConvention(tier.namespaceTemplates.applications, tier.name);
    return {
      tier: tier.name,
      server: tier.cluster.server,
      cluster: tier.cluster.name,
      project: tier.name,
      namespacePrefix: prefix,
      namespaceSuffix: suffix,
      automated: tier.sync.mode === 'automated',
      prune: tier.sync.mode === 'automated' && tier.sync.prune,
      selfHeal: tier.sync.mode === 'automated' && tier.sync.selfHeal,
    };
  });
  const appsOf = (tier: string): string => `${Layout.tier(tier)}/applications/*`;
  return new ApplicationSet(scope, props.name ?? 'applications', {
    generators: [
      Generator.matrix(
        Generator.list(elements),
        Generator.gitDirectories({
          directories: [appsOf('{{.tier}}')],
          exclude: (props.exclude ?? []).map((app) => `${Layout.tier('{{.tier}}')}/applications/${app}`),
        }),
      ),
    ],
    template: {
      name: '{{.path.basename}}-{{.tier}}',
      labels: { 'gitops.cdk8s.io/tier': '{{.tier}}', 'app.kubernetes.io/part-of': '{{.path.basename}}' },
      project: '{{.project}}',
      source: { path: '{{.path.path}}' },
      destination: { server: '{{.server}}', namespace: '{{.namespacePrefix}}{{.path.basename}}{{.namespaceSuffix}}' },
      retry: props.retry,
      syncOptions: props.syncOptions,
    },
    templatePatch: [
      '{{- if .automated }}',
      'spec:',
      '  syncPolicy:',
      '    automated:',
      '      prune: {{ .prune }}',
      '      selfHeal: {{ .selfHeal }}',
      '{{- end }}',
      '',
    ].join('\n'),
    rollingSync: props.progressive ? rollingSyncByTier(tiers.map((t) => t.tier)) : undefined,
  });
}

/** The parts of an application namespace convention around `{app}`, for one tier. */
function splitConvention(template: string, tier: string): [string, string] {
  const expanded = template.replace(/\{tier\}/g, tier);
  const at = expanded.indexOf('{app}');
  return at < 0 ? [expanded, ''] : [expanded.slice(0, at), expanded.slice(at + '{app}'.length)];
}
