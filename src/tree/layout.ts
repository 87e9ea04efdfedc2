/**
 * Folders of the output tree, the layout platform teams already use:
 *
 * ```
 * platform-core/xrds/   platform-core/compositions/
 * environments/<tier>/infrastructure/   environments/<tier>/applications/<app>/
 * shared/policies/   shared/secrets/
 * bootstrap/argocd/   bootstrap/flux/
 * ```
 */
export const Layout = {
  /** Crossplane CompositeResourceDefinitions. */
  xrds: 'platform-core/xrds',
  /** Crossplane Compositions. */
  compositions: 'platform-core/compositions',
  /** Policies shared by every tier (Kyverno). */
  policies: 'shared/policies',
  /** Secret stores and other secret plumbing shared by every tier (never plaintext secrets). */
  secrets: 'shared/secrets',
  /** Argo CD bootstrap: root app-of-apps, AppProjects, ApplicationSets. */
  argocd: 'bootstrap/argocd',
  /** Flux bootstrap: sources and Kustomizations. */
  flux: 'bootstrap/flux',
  /** Root of one tier. */
  tier: (tier: string): string => `environments/${tier}`,
  /** Shared infrastructure of one tier (Crossplane claims, namespaces, config). */
  infrastructure: (tier: string): string => `environments/${tier}/infrastructure`,
  /** One application of one tier. */
  application: (tier: string, app: string): string => `environments/${tier}/applications/${app}`,
} as const;
