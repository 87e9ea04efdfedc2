/** How Argo CD (or Flux) applies a tier's changes. */
export type SyncPolicy = AutomatedSync | ManualSync;

/** Changes are applied as soon as they are committed. */
export interface AutomatedSync {
  readonly mode: 'automated';
  /** Delete resources that are no longer in git. */
  readonly prune: boolean;
  /** Revert changes made to the cluster by hand. */
  readonly selfHeal: boolean;
  /** Allow a sync that would delete every resource of an application. */
  readonly allowEmpty: boolean;
}

/** Changes wait for someone to press sync (or run `argocd app sync`). */
export interface ManualSync {
  readonly mode: 'manual';
}

/** Options of {@link Sync.automated}. */
export interface AutomatedSyncOptions {
  /** Delete resources that are no longer in git. @default true */
  readonly prune?: boolean;
  /** Revert changes made to the cluster by hand. @default true */
  readonly selfHeal?: boolean;
  /** Allow a sync that would delete every resource of an application. @default false */
  readonly allowEmpty?: boolean;
}

/** Factories for {@link SyncPolicy}. */
export const Sync = {
  /** Apply every commit automatically; prune and self-heal unless turned off. */
  automated(options: AutomatedSyncOptions = {}): AutomatedSync {
    return {
      mode: 'automated',
      prune: options.prune ?? true,
      selfHeal: options.selfHeal ?? true,
      allowEmpty: options.allowEmpty ?? false,
    };
  },
  /** Wait for a person to sync. */
  manual(): ManualSync {
    return { mode: 'manual' };
  },
} as const;
