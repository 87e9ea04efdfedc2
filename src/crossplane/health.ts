import type { IConstruct } from 'constructs';
import { HealthChecks } from '../tree/index.js';

/**
 * Argo CD health of a Crossplane XR or claim, after the platform's runbook: Healthy when the `Ready`
 * condition is True, Degraded (with its message) when it is False, Progressing until Crossplane reports.
 */
export function compositeHealthLua(kind: string): string {
  return `health_status = {}
health_status.status = "Progressing"
health_status.message = "Waiting for ${kind} status"
if obj.status and obj.status.conditions then
  for _, condition in ipairs(obj.status.conditions) do
    if condition.type == "Ready" then
      if condition.status == "True" then
        health_status.status = "Healthy"
        health_status.message = "${kind} is ready"
      else
        health_status.status = "Degraded"
        health_status.message = condition.message
      end
    end
  end
end
return health_status
`;
}

/** Registers the composite health check for `group`/`kind` with the program of `scope`. */
export function registerCompositeHealth(scope: IConstruct, group: string, kind: string): void {
  HealthChecks.of(scope).register({ group, kind, lua: compositeHealthLua(kind) });
}
