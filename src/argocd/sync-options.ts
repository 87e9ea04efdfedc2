import type { SyncPolicy } from '../environments/index.js';

/** Argo CD's namespace, where Applications, ApplicationSets and AppProjects live. */
export const ARGOCD_NAMESPACE = 'argocd';

/** The finalizer that deletes an Application's resources when the Application is deleted. */
export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

/** The annotation that orders resources within one sync. */
export const SYNC_WAVE_ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** Sync waves the library uses: namespaces, CRDs and XRDs first, then Compositions and policies, then claims and workloads. */
export const SyncWave = {
  /** Namespaces, CRDs, XRDs. */
  apis: -1,
  /** Compositions, policies, secret stores. */
  platform: 0,
  /** Tier infrastructure: Crossplane claims, config. */
  infrastructure: 1,
  /** Applications' workloads. */
  workloads: 2,
} as const;

/** `syncOptions` of an Application, typed. */
export interface SyncOptions {
  /** `CreateNamespace=true`: create the destination namespace. @default true */
  readonly createNamespace?: boolean;
  /** `PruneLast=true`: prune after every other resource is synced and healthy. @default false */
  readonly pruneLast?: boolean;
  /** `ServerSideApply=true`. @default false */
  readonly serverSideApply?: boolean;
  /** `ApplyOutOfSyncOnly=true`: apply only resources that are out of sync. @default false */
  readonly applyOutOfSyncOnly?: boolean;
  /** `RespectIgnoreDifferences=true`: keep ignored fields as they are in the cluster. @default - true when ignoreDifferences is set */
  readonly respectIgnoreDifferences?: boolean;
  /** `Validate=false` when false. @default true */
  readonly validate?: boolean;
  /** `PrunePropagationPolicy=<policy>`. @default - Argo CD's default (foreground) */
  readonly prunePropagationPolicy?: 'foreground' | 'background' | 'orphan';
}

/** Retry of failed syncs with exponential backoff. */
export interface RetryOptions {
  /** How many times. @default 5 */
  readonly limit?: number;
  /** First wait, a duration. @default '5s' */
  readonly duration?: string;
  /** Factor applied to the wait after each retry. @default 2 */
  readonly factor?: number;
  /** Longest wait. @default '3m' */
  readonly maxDuration?: string;
}

/** The syncOptions strings Argo CD reads. */
export function renderSyncOptions(options: SyncOptions, hasIgnoreDifferences: boolean): string[] {
  const out: string[] = [];
  if (options.createNamespace ?? true) out.push('CreateNamespace=true');
  if (options.pruneLast) out.push('PruneLast=true');
  if (options.serverSideApply) out.push('ServerSideApply=true');
  if (options.applyOutOfSyncOnly) out.push('ApplyOutOfSyncOnly=true');
  if (options.respectIgnoreDifferences ?? hasIgnoreDifferences) out.push('RespectIgnoreDifferences=true');
  if (options.validate === false) out.push('Validate=false');
  if (options.prunePropagationPolicy) out.push(`PrunePropagationPolicy=${options.prunePropagationPolicy}`);
  return out;
}

/** `syncPolicy.automated` for a tier's sync policy, or undefined for manual sync. */
export function renderAutomated(
  sync: SyncPolicy,
): { prune: boolean; selfHeal: boolean; allowEmpty?: boolean } | undefined {
  if (sync.mode !== 'automated') return undefined;
  return { prune: sync.prune, selfHeal: sync.selfHeal, ...(sync.allowEmpty ? { allowEmpty: true } : {}) };
}

/** `syncPolicy.retry`. */
export function renderRetry(retry: RetryOptions): {
  limit: number;
  backoff: { duration: string; factor: number; maxDuration: string };
} {
  return {
    limit: retry.limit ?? 5,
    backoff: { duration: retry.duration ?? '5s', factor: retry.factor ?? 2, maxDuration: retry.maxDuration ?? '3m' },
  };
}

/** Describes a sync policy in a word or two, for the preview table. */
export function describeSync(syncPolicy: unknown): string {
  const automated = (
    syncPolicy as { automated?: { prune?: boolean; selfHeal?: boolean; enabled?: boolean } } | undefined
  )?.automated;
  if (!automated || automated.enabled === false) return 'manual';
  const flags = [automated.prune && 'prune', automated.selfHeal && 'self-heal'].filter(Boolean);
  return flags.length > 0 ? `auto (${flags.join(', ')})` : 'auto';
}
