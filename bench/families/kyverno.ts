/**
 * Kyverno family for the bench: the standard policy library on the bench platform, one copy per tier, so the
 * policy gate evaluates every policy against every Deployment of every tier at synth.
 *
 * Gate cost: `PolicyGate.of(app).elapsedMs` after `app.synth()` is the time the gate took (compile, index,
 * evaluate); compare with the synth time, or synth the same app with `checkPolicies: false`.
 */
import { pathToFileURL } from 'node:url';
import type * as Library from '../../src/index.js';
import type { GitOpsApp } from '../../src/index.js';

const library = (await import(
  process.env.BENCH_LIB ? pathToFileURL(process.env.BENCH_LIB).href : '../../src/index.js'
)) as typeof Library;

/**
 * Adds the standard library to `app` (Audit outside production, Enforce in production), restricted to the
 * registry the bench images come from. The bench services satisfy every policy, so synth succeeds. The library
 * is per tier, not per service: `services` (the common signature of the bench families) is not needed.
 */
export function addKyverno<N extends string>(app: GitOpsApp<N>, _services: readonly string[]): void {
  new library.StandardPolicies(app, 'policies', { restrictImageRegistries: { registries: ['ghcr.io/example'] } });
}

/** Milliseconds the policy gate took in the last synth of `app`. */
export function kyvernoGateMs<N extends string>(app: GitOpsApp<N>): number {
  return library.PolicyGate.of(app).elapsedMs;
}
