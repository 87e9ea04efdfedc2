import { k8s } from 'cdk8s-plus-28';
import type { TierScope } from '../../src/index.js';
import type { Tier } from '../../environments.js';
import { claim } from './crossplane.js';
import { databaseCredentials } from './secrets.js';
import type { ServiceSpec } from './services.js';

/** Everything one service runs in one tier: its workload, its database claim and its credentials. */
export function deployService(tier: TierScope<Tier>, service: ServiceSpec): void {
  const scope = tier.application(service.name);
  const labels = { 'app.kubernetes.io/name': service.name };
  const release = tier.value(service.release);

  new k8s.KubeServiceAccount(scope, 'service-account', { metadata: { name: service.name } });

  new k8s.KubeDeployment(scope, 'deployment', {
    metadata: { name: service.name, labels: { ...labels, 'app.kubernetes.io/version': release } },
    spec: {
      replicas: tier.value(service.replicas),
      selector: { matchLabels: labels },
      template: {
        metadata: { labels: { ...labels, 'app.kubernetes.io/version': release } },
        spec: {
          serviceAccountName: service.name,
          securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: service.name,
              image: `${service.image}:${release}`,
              ports: [{ name: 'http', containerPort: service.port }],
              envFrom: [{ secretRef: { name: `${service.database.name}-credentials` } }],
              resources: {
                requests: {
                  cpu: k8s.Quantity.fromString(tier.value(service.cpu)),
                  memory: k8s.Quantity.fromString(tier.value(service.memory)),
                },
                limits: { memory: k8s.Quantity.fromString(tier.value(service.memory)) },
              },
              securityContext: {
                allowPrivilegeEscalation: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'] },
              },
              readinessProbe: { httpGet: { path: '/healthz', port: k8s.IntOrString.fromString('http') } },
            },
          ],
        },
      },
    },
  });

  new k8s.KubeService(scope, 'service', {
    metadata: { name: service.name, labels },
    spec: {
      selector: labels,
      ports: [{ name: 'http', port: 80, targetPort: k8s.IntOrString.fromString('http') }],
    },
  });

  if (tier.tier.production) {
    new k8s.KubePodDisruptionBudget(scope, 'pdb', {
      metadata: { name: service.name },
      spec: { minAvailable: k8s.IntOrString.fromNumber(1), selector: { matchLabels: labels } },
    });
  }

  const db = service.database;
  claim(scope, 'XPostgreSQL', db.name, {
    name: db.name,
    databaseName: db.databaseName,
    storage: tier.value(db.storage),
    replicas: tier.value(db.replicas),
    backup: tier.value(db.backup),
    ...(tier.tier.production ? { backupRetention: 30, monitoring: 'enabled' } : {}),
  });

  databaseCredentials(scope, tier, service);
}
