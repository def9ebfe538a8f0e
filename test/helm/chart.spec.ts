import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { ConfigMap, Secret, Service, ServiceAccount } from 'kubernetes-models/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { PrometheusRule, ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import { loadConfig, parseTrustedIssuers } from '@vt/config';
import { findHelm } from '../support/helm.js';

const CHART = 'helm/veilig-thuis-platform';
const PROD = `${CHART}/ci/production-values.yaml`;
const ALL = `${CHART}/ci/all-options-values.yaml`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = any;

/**
 * Every kind the chart renders, validated against its JSON schema: the Kubernetes API (kubernetes-models)
 * and the CRDs of the Prometheus Operator (ServiceMonitor, PrometheusRule) and the Gateway API (HTTPRoute).
 */
const MODELS: Record<string, new (data: Manifest) => { validate(): void }> = {
  ConfigMap, Deployment, HorizontalPodAutoscaler, Job, Secret, Service, ServiceAccount, Ingress, NetworkPolicy, PodDisruptionBudget,
  ServiceMonitor, PrometheusRule, HTTPRoute,
};

/**
 * The Helm binary (test/support/helm.ts): without one on this platform the chart tests are skipped
 * with the reason in their title, except in CI, where a missing Helm fails the run.
 */
const found = findHelm();
if (!found.helm && process.env.CI) throw new Error(`chart tests cannot run in CI: ${found.skipReason}`);
const helm = found.helm ?? 'helm';
const describeHelm = found.helm ? describe : (name: string, fn: () => void) => describe.skip(`${name} (skipped: ${found.skipReason})`, fn);

function run(...args: string[]) {
  return spawnSync(helm, args, { encoding: 'utf8', env: { ...process.env, HELM_CACHE_HOME: '/tmp/vt-helm/cache', HELM_CONFIG_HOME: '/tmp/vt-helm/config', HELM_DATA_HOME: '/tmp/vt-helm/data' } });
}

function render(...extra: string[]): Manifest[] {
  const result = run('template', 'vt', CHART, '--namespace', 'veilig-thuis', ...extra);
  if (result.status !== 0) throw new Error(result.stderr);
  return parseAllDocuments(result.stdout).map((d) => d.toJS()).filter(Boolean);
}

/**
 * Everything a hook Job's pod needs that the chart itself creates must exist before the Job: a hook
 * of every phase of the Job with a lower weight. Ordinary release resources are created only after
 * the pre-install hooks, so a Job referring to one never starts on the first install.
 */
function hookOrderProblems(manifests: Manifest[]): string[] {
  const problems: string[] = [];
  const hookOf = (m: Manifest) => ({
    phases: String(m.metadata.annotations?.['helm.sh/hook'] ?? '').split(',').filter(Boolean),
    weight: Number(m.metadata.annotations?.['helm.sh/hook-weight'] ?? 0),
  });
  for (const job of manifests.filter((m) => m.kind === 'Job' && hookOf(m).phases.length > 0)) {
    const spec = job.spec.template.spec;
    const refs: Array<[string, string]> = [['ServiceAccount', spec.serviceAccountName ?? 'default']];
    for (const s of spec.imagePullSecrets ?? []) refs.push(['Secret', s.name]);
    for (const c of [...(spec.initContainers ?? []), ...spec.containers]) {
      for (const e of c.env ?? []) {
        if (e.valueFrom?.secretKeyRef) refs.push(['Secret', e.valueFrom.secretKeyRef.name]);
        if (e.valueFrom?.configMapKeyRef) refs.push(['ConfigMap', e.valueFrom.configMapKeyRef.name]);
      }
      for (const e of c.envFrom ?? []) {
        if (e.secretRef) refs.push(['Secret', e.secretRef.name]);
        if (e.configMapRef) refs.push(['ConfigMap', e.configMapRef.name]);
      }
    }
    for (const v of spec.volumes ?? []) {
      if (v.secret) refs.push(['Secret', v.secret.secretName]);
      if (v.configMap) refs.push(['ConfigMap', v.configMap.name]);
      for (const p of v.projected?.sources ?? []) {
        if (p.secret) refs.push(['Secret', p.secret.name]);
        if (p.configMap) refs.push(['ConfigMap', p.configMap.name]);
      }
    }
    const job_ = hookOf(job);
    for (const [kind, name] of refs) {
      const created = manifests.find((m) => m.kind === kind && m.metadata.name === name);
      if (!created) continue; // not created by the chart (an existing Secret, the namespace's default ServiceAccount)
      const hook = hookOf(created);
      const missing = job_.phases.filter((p) => !hook.phases.includes(p));
      if (missing.length > 0) problems.push(`${job.metadata.name} uses ${kind} ${name}, which is not a ${missing.join(',')} hook`);
      else if (hook.weight >= job_.weight) problems.push(`${job.metadata.name} uses ${kind} ${name}, whose hook weight ${hook.weight} is not below the Job's ${job_.weight}`);
      else if (!String(created.metadata.annotations['helm.sh/hook-delete-policy'] ?? '').includes('before-hook-creation')) problems.push(`${kind} ${name} is a hook without before-hook-creation: the next upgrade fails on "already exists"`);
    }
  }
  return problems;
}

const VALUES: Array<[string, string[]]> = [
  ['default values', []],
  ['production-like values', ['-f', PROD]],
];
for (const [name, values] of VALUES) describeHelm(`helm chart with ${name}`, () => {
  let manifests: Manifest[];

  beforeAll(() => {
    manifests = render(...values);
  });

  it('lints', () => {
    const result = run('lint', CHART, '--strict', ...values);
    expect(result.stderr + result.stdout).toMatch(/0 chart\(s\) failed/);
    expect(result.status).toBe(0);
  });

  it('renders manifests that validate against the Kubernetes schemas', () => {
    expect(manifests.length).toBeGreaterThan(10);
    for (const m of manifests) {
      const Model = MODELS[m.kind];
      expect([m.kind, Boolean(Model)]).toEqual([m.kind, true]);
      expect(() => new Model!(m).validate()).not.toThrow();
    }
  });

  it('runs every container as non-root, read-only, without privilege escalation or capabilities', () => {
    const pods = manifests.filter((m) => m.kind === 'Deployment' || m.kind === 'Job').map((m) => ({ name: m.metadata.name, spec: m.spec.template.spec }));
    expect(pods.length).toBeGreaterThanOrEqual(4);
    for (const { name, spec } of pods) {
      expect([name, spec.automountServiceAccountToken]).toEqual([name, false]);
      expect(spec.securityContext.runAsNonRoot).toBe(true);
      for (const c of spec.containers) {
        const s = c.securityContext;
        expect([name, s.runAsNonRoot, s.runAsUser > 0, s.readOnlyRootFilesystem, s.allowPrivilegeEscalation, s.capabilities.drop]).toEqual([name, true, true, true, false, ['ALL']]);
        expect(c.resources.requests && c.resources.limits).toBeTruthy();
      }
    }
  });

  it('has probes and graceful termination consistent with the apps', () => {
    for (const d of manifests.filter((m) => m.kind === 'Deployment')) {
      const spec = d.spec.template.spec;
      const c = spec.containers[0];
      expect(c.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(c.livenessProbe.httpGet.path).toBe('/health/live');
      const grace = Number(c.env.find((e: Manifest) => e.name === 'SHUTDOWN_GRACE_MS').value);
      expect(grace + c.lifecycle.preStop.sleep.seconds * 1000).toBeLessThan(spec.terminationGracePeriodSeconds * 1000);
    }
  });

  it('gives the owner credentials to the migration hook only, and the benchmark service no Redis', () => {
    const envOf = (m: Manifest) => m.spec.template.spec.containers[0].env.map((e: Manifest) => e.name);
    const job = manifests.find((m) => m.kind === 'Job');
    expect(job.metadata.annotations['helm.sh/hook']).toBe('pre-install,pre-upgrade');
    expect(envOf(job)).toContain('DATABASE_OWNER_URL');
    for (const d of manifests.filter((m) => m.kind === 'Deployment')) expect(envOf(d)).not.toContain('DATABASE_OWNER_URL');
    const benchmark = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name.endsWith('-benchmark'));
    expect(envOf(benchmark)).toEqual(expect.not.arrayContaining(['DATABASE_URL', 'REDIS_URL']));
    expect(manifests.filter((m) => m.kind === 'Secret')).toEqual([]); // referenced, not rendered
  });

  it('creates everything the migration hook Job uses before the Job (first install finishes)', () => {
    const job = manifests.find((m) => m.kind === 'Job');
    const account = manifests.find((m) => m.kind === 'ServiceAccount' && m.metadata.name === job.spec.template.spec.serviceAccountName);
    expect(account).toBeDefined(); // the chart creates it, so it must be ordered before the Job
    expect(hookOrderProblems(manifests)).toEqual([]);
    // The apps keep the release's ordinary ServiceAccount.
    for (const d of manifests.filter((m) => m.kind === 'Deployment')) {
      const sa = manifests.find((m) => m.kind === 'ServiceAccount' && m.metadata.name === d.spec.template.spec.serviceAccountName);
      expect([d.metadata.name, sa?.metadata.annotations?.['helm.sh/hook']]).toEqual([d.metadata.name, undefined]);
    }
  });

  it('passes CORS origins to every app and the import limit to the api, in values the apps accept', () => {
    const env = (m: Manifest) => Object.fromEntries(m.spec.template.spec.containers[0].env.filter((e: Manifest) => 'value' in e).map((e: Manifest) => [e.name, e.value]));
    const deployments = manifests.filter((m) => m.kind === 'Deployment');
    const prod = values.includes(PROD);
    for (const d of deployments) {
      const e = env(d);
      expect(e).toHaveProperty('CORS_ORIGINS');
      // The app's own config schema: a value the chart renders must not stop the pod at start-up.
      const config = loadConfig({ ...e, NODE_ENV: 'production', AUTH_JWKS_URL: 'https://login.example/certs' });
      expect(config.CORS_ORIGINS).toEqual(prod ? ['https://regio.veilig-thuis.example', 'https://benchmark-dashboard.veilig-thuis.example'] : []);
      if (d.metadata.name.endsWith('-api')) expect(config.UREN_IMPORT_MAX_BYTES).toBe(prod ? 25 * 1024 * 1024 : 20 * 1024 * 1024);
      else expect(e).not.toHaveProperty('UREN_IMPORT_MAX_BYTES');
    }
    if (prod) {
      // An nginx ingress must let an import of that size through (its default is 1 MB).
      const ingress = manifests.find((m) => m.kind === 'Ingress');
      expect(ingress.metadata.annotations['nginx.ingress.kubernetes.io/proxy-body-size']).toBe('25m');
    }
  });

  it('has a NetworkPolicy per component: api and worker reach PostgreSQL and Redis, the benchmark service PostgreSQL only', () => {
    const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');
    const policy = (component: string) => policies.find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === component);
    const ports = (component: string) => policy(component).spec.egress.flatMap((e: Manifest) => e.ports.map((p: Manifest) => p.port));
    expect(policies.find((p) => p.metadata.name.endsWith('default-deny')).spec.policyTypes).toEqual(['Ingress', 'Egress']);
    for (const component of ['api', 'worker', 'benchmark', 'migration']) expect(policy(component)).toBeDefined();
    expect(ports('api')).toEqual(expect.arrayContaining([5432, 6379]));
    expect(ports('worker')).toEqual(expect.arrayContaining([5432, 6379]));
    expect(ports('benchmark')).toContain(5432);
    expect(ports('benchmark')).not.toContain(6379);
    expect(policy('worker').spec.ingress).toEqual([]);
  });

  it('restricts the migration pod from its first start: a NetworkPolicy hook selects it before the Job runs', () => {
    const hook = (m: Manifest) => String(m.metadata.annotations?.['helm.sh/hook'] ?? '');
    const weight = (m: Manifest) => Number(m.metadata.annotations?.['helm.sh/hook-weight'] ?? 0);
    const job = manifests.find((m) => m.kind === 'Job' && hook(m).includes('pre-install'));
    const podLabels: Record<string, string> = job.spec.template.metadata.labels;
    const selects = (p: Manifest) => Object.entries(p.spec.podSelector.matchLabels ?? {}).every(([k, v]) => podLabels[k] === v);
    const early = manifests.filter((m) => m.kind === 'NetworkPolicy' && hook(m) === hook(job) && weight(m) < weight(job) && selects(m));
    expect(early).toHaveLength(1);
    expect(early[0].spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(early[0].spec.egress.flatMap((e: Manifest) => e.ports.map((p: Manifest) => p.port))).not.toContain(6379);
  });
});

describeHelm('helm chart values schema', () => {
  it('refuses a wrong value at install time with a clear message', () => {
    const result = run('template', 'vt', CHART, '--set', 'api.replicas=abc');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/api\.replicas|replicas/);
    const root = run('template', 'vt', CHART, '--set', 'securityContext.runAsNonRoot=false');
    expect(root.status).not.toBe(0);
    for (const bad of ['config.corsOrigins[0]=https://regio.example/', 'config.corsOrigins[0]=*', 'api.urenImportMaxBytes=lots', 'api.urenImportMaxBytes=10']) {
      const result = run('template', 'vt', CHART, '--set', bad);
      expect([bad, result.status === 0]).toEqual([bad, false]);
      expect(result.stderr).toMatch(/corsOrigins|urenImportMaxBytes/);
    }
    const halfLogin = run('template', 'vt', CHART, '--set', 'config.portal.oidcIssuer=https://kc.example/realms/vt18');
    expect(halfLogin.status).not.toBe(0);
    expect(halfLogin.stderr).toContain('config.portal.oidcIssuer and config.portal.oidcClientId go together');
  });

  it('orders the migration hook\'s dependencies with other ServiceAccount and Secret settings too', () => {
    for (const extra of [
      ['--set', 'serviceAccount.create=false', '--set', 'serviceAccount.name=vt-existing'],
      ['--set', 'serviceAccount.name=vt-named'],
      ['--set', 'secrets.create=true', '--set', 'secrets.values.DATABASE_URL=postgres://a@b/c', '--set', 'secrets.values.BENCHMARK_DATABASE_URL=postgres://d@b/c', '--set', 'secrets.values.REDIS_URL=redis://r'],
    ]) {
      const manifests = render(...extra);
      expect(manifests.filter((m) => m.kind === 'Job')).toHaveLength(1);
      expect([extra, hookOrderProblems(manifests)]).toEqual([extra, []]);
    }
  });

  it('passes the document store to api and worker only: PostgreSQL by default, S3 settings and egress when chosen', () => {
    const env = (m: Manifest) => Object.fromEntries(m.spec.template.spec.containers[0].env.filter((e: Manifest) => 'value' in e).map((e: Manifest) => [e.name, e.value]));
    const secretKeys = (m: Manifest) => m.spec.template.spec.containers[0].env.filter((e: Manifest) => e.valueFrom?.secretKeyRef).map((e: Manifest) => `${e.valueFrom.secretKeyRef.name}/${e.name}`);
    const deployment = (manifests: Manifest[], component: string) => manifests.find((m) => m.kind === 'Deployment' && m.metadata.name.endsWith(`-${component}`));
    const egressPorts = (manifests: Manifest[], component: string) =>
      manifests
        .find((m) => m.kind === 'NetworkPolicy' && m.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === component)
        .spec.egress.flatMap((e: Manifest) => e.ports.map((p: Manifest) => p.port));
    const standaard = render();
    for (const component of ['api', 'worker']) {
      expect(env(deployment(standaard, component)).DOCUMENT_STORE).toBe('postgres');
      expect(Object.keys(env(deployment(standaard, component))).filter((k) => k.startsWith('S3_'))).toEqual([]);
    }
    expect(egressPorts(standaard, 'api')).not.toContain(9000);

    const s3 = render(
      '--set', 'documents.store=s3', '--set', 'documents.s3.endpoint=https://minio.example:9000', '--set', 'documents.s3.region=eu-west-1',
      '--set', 'documents.s3.bucket=vt-documenten', '--set', 'documents.s3.forcePathStyle=true', '--set', 'documents.s3.existingSecret=vt-s3',
      '--set', 'networkPolicy.objectStore.cidr=10.0.30.0/24', '--set', 'networkPolicy.objectStore.port=9000',
    );
    for (const component of ['api', 'worker']) {
      const e = env(deployment(s3, component));
      expect(secretKeys(deployment(s3, component))).toEqual(expect.arrayContaining(['vt-s3/S3_ACCESS_KEY_ID', 'vt-s3/S3_SECRET_ACCESS_KEY']));
      // The app's own config schema accepts what the chart renders (the Secret supplies the keys).
      const config = loadConfig({ ...e, S3_ACCESS_KEY_ID: 'id', S3_SECRET_ACCESS_KEY: 'secret', NODE_ENV: 'production', AUTH_JWKS_URL: 'https://login.example/certs' });
      expect(config).toMatchObject({ DOCUMENT_STORE: 's3', S3_ENDPOINT: 'https://minio.example:9000', S3_REGION: 'eu-west-1', S3_BUCKET: 'vt-documenten', S3_FORCE_PATH_STYLE: true });
      expect(egressPorts(s3, component)).toContain(9000);
    }
    expect(Object.keys(env(deployment(s3, 'benchmark'))).filter((k) => k.startsWith('S3_') || k === 'DOCUMENT_STORE')).toEqual([]);
    expect(egressPorts(s3, 'benchmark')).not.toContain(9000);
    // Without a Secret the pod's own identity is used: no key variables at all.
    const identiteit = render('--set', 'documents.store=s3', '--set', 'documents.s3.region=eu-west-1', '--set', 'documents.s3.bucket=vt-documenten');
    expect(secretKeys(deployment(identiteit, 'api')).filter((k: string) => k.includes('S3_'))).toEqual([]);

    const zonderBucket = run('template', 'vt', CHART, '--set', 'documents.store=s3', '--set', 'documents.s3.region=eu-west-1');
    expect(zonderBucket.status).not.toBe(0);
    expect(zonderBucket.stderr).toMatch(/bucket/);
  });

  it('renders a Secret only when explicitly asked, with the given values', () => {
    const manifests = render('--set', 'secrets.create=true', '--set', 'secrets.values.DATABASE_URL=postgres://a@b/c', '--set', 'secrets.values.BENCHMARK_DATABASE_URL=postgres://d@b/c', '--set', 'secrets.values.REDIS_URL=redis://r');
    expect(manifests.filter((m) => m.kind === 'Secret')).toHaveLength(1);
  });
});

describeHelm('helm chart with every option on (ci/all-options-values.yaml)', () => {
  let manifests: Manifest[];
  const all: Manifest = parse(readFileSync(ALL, 'utf8'));
  const defaults: Manifest = parse(readFileSync(`${CHART}/values.yaml`, 'utf8'));
  const kind = (k: string) => manifests.filter((m) => m.kind === k);
  const deployments = () => kind('Deployment');
  const pods = () => [...deployments(), ...kind('Job')].map((m) => ({ name: m.metadata.name, meta: m.spec.template.metadata, spec: m.spec.template.spec }));
  const component = (m: Manifest) => m.metadata.labels['app.kubernetes.io/component'];

  beforeAll(() => {
    manifests = render('-f', ALL);
  });

  it('lints and renders every optional kind, each valid against the Kubernetes and CRD schemas', () => {
    const lint = run('lint', CHART, '--strict', '-f', ALL);
    expect([lint.status, lint.stdout + lint.stderr]).toEqual([0, expect.stringMatching(/0 chart\(s\) failed/)]);
    expect(kind('ServiceMonitor')).toHaveLength(1);
    expect(kind('PrometheusRule')).toHaveLength(1);
    expect(kind('HTTPRoute')).toHaveLength(2);
    expect(kind('Ingress')).toHaveLength(1);
    for (const m of manifests) {
      const Model = MODELS[m.kind];
      expect([m.kind, Boolean(Model)]).toEqual([m.kind, true]);
      expect(() => new Model!(m).validate()).not.toThrow();
    }
  });

  it('renders the trusted issuers into a ConfigMap mounted as AUTH_ISSUERS_FILE in every app pod, in a form the apps accept', () => {
    const [configMap, ...others] = kind('ConfigMap');
    expect(others).toHaveLength(0);
    const json = JSON.parse(configMap.data['issuers.json']);
    expect(json).toEqual({ issuers: all.config.authIssuers });
    expect(parseTrustedIssuers(json).map((i) => [i.naam, i.regios, i.landelijk])).toEqual([
      ['keycloak-vt18', ['VT18'], false],
      ['entra-broker', ['VT01', 'VT02'], true],
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'vt-chart-issuers-'));
    try {
      for (const d of deployments()) {
        const spec = d.spec.template.spec;
        const c = spec.containers[0];
        const env = Object.fromEntries(c.env.filter((e: Manifest) => 'value' in e).map((e: Manifest) => [e.name, e.value]));
        const mount = c.volumeMounts.find((m: Manifest) => m.name === 'issuers');
        expect([d.metadata.name, env.AUTH_ISSUERS_FILE, env.AUTH_JWKS_URL]).toEqual([d.metadata.name, `${mount.mountPath}/issuers.json`, undefined]);
        expect(mount.readOnly).toBe(true);
        expect(spec.volumes).toContainEqual({ name: 'issuers', configMap: { name: configMap.metadata.name } });
        expect(d.spec.template.metadata.annotations['checksum/issuers']).toMatch(/^[a-f0-9]{64}$/);
        // The rendered file and env pass the apps' own start-up validation.
        const file = join(dir, 'issuers.json');
        writeFileSync(file, configMap.data['issuers.json']);
        const config = loadConfig({ ...env, AUTH_ISSUERS_FILE: file });
        expect(config.trustedIssuers.map((i) => i.naam)).toEqual(['keycloak-vt18', 'entra-broker']);
        // The portal's login and GraphiQL settings arrive as the apps read them.
        expect([config.OIDC_ISSUER, config.OIDC_CLIENT_ID, config.OIDC_SCOPE, config.graphiqlEnabled]).toEqual([
          'https://kc.veilig-thuis.example/realms/vt18',
          'vt-portaal',
          'openid profile platform',
          true,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // The migration hook runs before the ConfigMap exists: it gets no issuers file, and validates without one.
    const job = kind('Job')[0].spec.template.spec;
    const jobEnv = Object.fromEntries(job.containers[0].env.filter((e: Manifest) => 'value' in e).map((e: Manifest) => [e.name, e.value]));
    expect(jobEnv.AUTH_ISSUERS_FILE).toBeUndefined();
    expect(() => loadConfig({ ...jobEnv, DATABASE_OWNER_URL: 'postgres://o@db/vt' })).not.toThrow();
    // Without authIssuers: no ConfigMap, no file.
    const plain = render();
    expect(plain.filter((m) => m.kind === 'ConfigMap')).toHaveLength(0);
    for (const d of plain.filter((m) => m.kind === 'Deployment'))
      expect(d.spec.template.spec.containers[0].env.map((e: Manifest) => e.name)).not.toContain('AUTH_ISSUERS_FILE');
    // A bad entry is refused at install time, naming the field.
    const refused = run('template', 'vt', CHART, '--set', 'config.authIssuers[0].naam=x', '--set', 'config.authIssuers[0].issuer=https://i', '--set', 'config.authIssuers[0].audience=a', '--set', 'config.authIssuers[0].regios[0]=Utrecht');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/regios/);
  });

  it('labels every resource with the Kubernetes recommended labels and helm.sh/chart', () => {
    const chart = parse(readFileSync(`${CHART}/Chart.yaml`, 'utf8'));
    for (const m of manifests) {
      expect([m.kind, m.metadata.name, m.metadata.labels]).toEqual([
        m.kind,
        m.metadata.name,
        expect.objectContaining({
          'app.kubernetes.io/name': 'veilig-thuis-platform',
          'app.kubernetes.io/instance': 'vt',
          'app.kubernetes.io/version': chart.appVersion,
          'app.kubernetes.io/managed-by': 'Helm',
          'app.kubernetes.io/part-of': 'veilig-thuis-platform',
          'helm.sh/chart': `veilig-thuis-platform-${chart.version}`,
        }),
      ]);
    }
  });

  it('pulls the image by digest from the global registry with the global and own pull secrets, once each', () => {
    for (const { name, spec } of pods()) {
      expect([name, spec.containers[0].image]).toEqual([name, `registry.veilig-thuis.example/platform@${all.image.digest}`]);
      expect([name, spec.imagePullSecrets]).toEqual([name, [{ name: 'global-regcred' }, { name: 'regcred' }]]);
    }
    // Without a digest: the tag; without a tag: the chart's appVersion.
    const tagged = render('--set', 'image.tag=9.9.9');
    expect(tagged.find((m) => m.kind === 'Deployment').spec.template.spec.containers[0].image).toBe(`${defaults.image.repository}:9.9.9`);
    const untagged = render('--set', 'image.tag=');
    const appVersion = parse(readFileSync(`${CHART}/Chart.yaml`, 'utf8')).appVersion;
    expect(untagged.find((m) => m.kind === 'Job').spec.template.spec.containers[0].image).toBe(`${defaults.image.repository}:${appVersion}`);
    expect(render().find((m) => m.kind === 'Deployment').spec.template.spec.imagePullSecrets).toBeUndefined();
  });

  it('adds podAnnotations, podLabels, extraEnv, extraEnvFrom and extra volumes to every pod; per-component env only to its own', () => {
    for (const { name, meta, spec } of pods()) {
      const c = spec.containers[0];
      const env = c.env.map((e: Manifest) => e.name);
      expect([name, meta.annotations['example.org/team'], meta.labels['example.org/cost-centre']]).toEqual([name, 'platform', 'vt']);
      expect([name, env]).toEqual([name, expect.arrayContaining(['NODE_EXTRA_CA_CERTS'])]);
      expect([name, c.volumeMounts]).toEqual([name, expect.arrayContaining([{ name: 'vt-ca', mountPath: '/etc/vt-ca', readOnly: true }])]);
      expect([name, spec.volumes]).toEqual([name, expect.arrayContaining([{ name: 'vt-ca', configMap: { name: 'vt-database-ca' } }])]);
      expect([name, env.includes('API_ONLY'), meta.annotations['example.org/component']]).toEqual(
        name.endsWith('-api') ? [name, true, 'api'] : [name, false, undefined],
      );
    }
    for (const d of deployments()) expect(d.spec.template.spec.containers[0].envFrom).toEqual([{ configMapRef: { name: 'vt-extra-env' } }]);
    // The selector is unchanged: extra pod labels never leak into it (it is immutable).
    for (const d of deployments()) expect(Object.keys(d.spec.selector.matchLabels).sort()).toEqual(['app.kubernetes.io/component', 'app.kubernetes.io/instance', 'app.kubernetes.io/name']);
    const refused = run('template', 'vt', CHART, '--set', 'podLabels.app\\.kubernetes\\.io/component=x');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/propertyName 'app\.kubernetes\.io\/component'/);
  });

  it('spreads each component over zones: a constraint without labelSelector selects exactly its own pods', () => {
    for (const d of deployments()) {
      const [zone, host] = d.spec.template.spec.topologySpreadConstraints;
      expect(zone.labelSelector.matchLabels).toEqual(d.spec.selector.matchLabels);
      expect(zone.topologyKey).toBe('topology.kubernetes.io/zone');
      expect(host.labelSelector).toEqual({ matchLabels: { 'app.kubernetes.io/instance': 'vt' } }); // given: kept
    }
    expect(render().find((m) => m.kind === 'Deployment').spec.template.spec.topologySpreadConstraints).toBeUndefined();
  });

  it('has the ServiceMonitor scrape /metrics on the http port of Services that exist for api, benchmark and worker', () => {
    const [monitor] = kind('ServiceMonitor');
    expect(monitor.metadata.labels.release).toBe('kube-prometheus-stack');
    const selected = kind('Service').filter((svc) => Object.entries(monitor.spec.selector.matchLabels).every(([k, v]) => svc.metadata.labels[k] === v));
    expect(selected.map(component).sort()).toEqual(['api', 'benchmark', 'worker']);
    expect(monitor.spec.endpoints).toEqual([expect.objectContaining({ port: 'http', path: '/metrics' })]);
    for (const svc of selected) {
      const port = svc.spec.ports.find((p: Manifest) => p.name === 'http');
      const pod = deployments().find((d) => component(d) === component(svc)).spec.template.spec;
      expect(pod.containers[0].ports.map((p: Manifest) => p.name)).toContain(port.targetPort);
      expect(pod.containers[0].env.map((e: Manifest) => e.name)).not.toContain('METRICS_PORT');
    }
    // Prometheus may reach the worker (which takes no other traffic) on its http port.
    const worker = kind('NetworkPolicy').find((p) => p.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === 'worker');
    expect(worker.spec.ingress).toEqual([{ from: all.metrics?.networkPolicyFrom ?? defaults.metrics.networkPolicyFrom, ports: [{ port: defaults.worker.port, protocol: 'TCP' }] }]);
    // Off by default: no worker Service, no ServiceMonitor.
    const standaard = render();
    expect(standaard.filter((m) => m.kind === 'ServiceMonitor' || (m.kind === 'Service' && component(m) === 'worker'))).toEqual([]);
  });

  it('scrapes a separate metrics port when metrics.port is set, passed to the apps as METRICS_PORT', () => {
    const ms = render('-f', ALL, '--set', 'metrics.port=9464');
    const monitor = ms.find((m) => m.kind === 'ServiceMonitor');
    expect(monitor.spec.endpoints[0].port).toBe('metrics');
    for (const d of ms.filter((m) => m.kind === 'Deployment')) {
      const c = d.spec.template.spec.containers[0];
      expect(c.ports).toEqual(expect.arrayContaining([{ name: 'metrics', containerPort: 9464 }]));
      expect(c.env).toEqual(expect.arrayContaining([{ name: 'METRICS_PORT', value: '9464' }]));
      const svc = ms.find((m) => m.kind === 'Service' && component(m) === component(d));
      expect(svc.spec.ports).toEqual(expect.arrayContaining([{ name: 'metrics', port: 9464, targetPort: 'metrics' }]));
      const policy = ms.find((m) => m.kind === 'NetworkPolicy' && m.spec.podSelector.matchLabels?.['app.kubernetes.io/component'] === component(d));
      expect(policy.spec.ingress.flatMap((i: Manifest) => i.ports.map((p: Manifest) => p.port))).toContain(9464);
    }
  });

  it('alerts on error rate, latency, outbox backlog, failed jobs and unreachable IdP keys, using the series named in values.yaml', () => {
    const [rule] = kind('PrometheusRule');
    const rules = rule.spec.groups[0].rules;
    expect(rules.map((r: Manifest) => r.alert)).toEqual([
      'VeiligThuisGraphqlErrorRateHigh',
      'VeiligThuisGraphqlLatencyHigh',
      'VeiligThuisOutboxBacklog',
      'VeiligThuisJobsFailing',
      'VeiligThuisIdentityProviderKeysUnreachable',
      'VeiligThuisExtra',
    ]);
    const series: Record<string, string> = defaults.metrics.prometheusRule.series;
    const used = ['errors', 'duration', 'outboxBacklog', 'jobsFailed', 'jwksUp'];
    used.forEach((key, i) => {
      expect(rules[i].expr).toContain(series[key]);
      expect(rules[i].expr).toContain('namespace="veilig-thuis"'); // only this release's targets
      expect(rules[i].labels.severity).toMatch(/^(critical|warning|info)$/);
      // Balanced brackets: a broken template would leave an unclosed selector or call.
      for (const [open, close] of [['(', ')'], ['{', '}'], ['[', ']']]) expect(rules[i].expr.split(open).length).toBe(rules[i].expr.split(close).length);
    });
    expect(rules[0].expr).toContain(series.requests);
    // One place: renaming a series in the values changes the alert.
    const renamed = render('-f', ALL, '--set', 'metrics.prometheusRule.series.outboxBacklog=vt_outbox_rows_waiting');
    expect(renamed.find((m) => m.kind === 'PrometheusRule').spec.groups[0].rules[2].expr).toMatch(/^max\(vt_outbox_rows_waiting\{/);
  });

  it('routes a host to the api with / (the portal) and so /graphql, on both the HTTPRoute and the Ingress', () => {
    const services = new Map(kind('Service').map((svc) => [svc.metadata.name, svc]));
    for (const route of kind('HTTPRoute')) {
      expect(route.spec.parentRefs).toEqual(all.httpRoute.parentRefs);
      const [rule] = route.spec.rules;
      expect(rule.matches).toEqual([{ path: { type: 'PathPrefix', value: '/' } }]);
      expect(rule.timeouts).toEqual({ request: '120s' });
      const backend = services.get(rule.backendRefs[0].name);
      expect(backend.spec.ports.map((p: Manifest) => p.port)).toContain(rule.backendRefs[0].port);
      expect(component(backend)).toBe(component(route));
    }
    const api = kind('HTTPRoute').find((r) => component(r) === 'api');
    expect(api.spec.hostnames).toEqual([defaults.httpRoute.apiHost]);
    const [ingress] = kind('Ingress');
    const apiRule = ingress.spec.rules.find((r: Manifest) => r.host === defaults.ingress.apiHost);
    expect(apiRule.http.paths).toEqual([{ path: '/', pathType: 'Prefix', backend: { service: { name: 'vt-api', port: { name: 'http' } } } }]);
    // An HTTPRoute needs a Gateway to attach to.
    const zonderGateway = run('template', 'vt', CHART, '--set', 'httpRoute.enabled=true');
    expect(zonderGateway.status).not.toBe(0);
    expect(zonderGateway.stderr).toMatch(/parentRefs/);
  });

  it('refuses a malformed digest and a too old Kubernetes', () => {
    const digest = run('template', 'vt', CHART, '--set', 'image.digest=latest');
    expect(digest.status).not.toBe(0);
    expect(digest.stderr).toMatch(/digest/);
    const old = run('template', 'vt', CHART, '--kube-version', '1.29.0');
    expect(old.status).not.toBe(0);
    expect(old.stderr).toMatch(/kubeVersion|Kubernetes version/i);
    expect(run('template', 'vt', CHART, '--kube-version', '1.30.0').status).toBe(0);
  });

  it('works as a subchart: global values of a parent chart are accepted and used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vt-umbrella-'));
    try {
      cpSync(CHART, join(dir, 'charts', 'veilig-thuis-platform'), { recursive: true });
      writeFileSync(join(dir, 'Chart.yaml'), 'apiVersion: v2\nname: umbrella\nversion: 1.0.0\n');
      writeFileSync(
        join(dir, 'values.yaml'),
        'global:\n  imageRegistry: mirror.example\n  imagePullSecrets: [{ name: mirror-cred }]\n  otherChartSetting: true\n',
      );
      const result = run('template', 'vt', dir, '--namespace', 'veilig-thuis');
      expect([result.status, result.stderr]).toEqual([0, '']);
      const docs: Manifest[] = parseAllDocuments(result.stdout).map((d) => d.toJS()).filter(Boolean);
      const api = docs.find((m) => m.kind === 'Deployment' && m.metadata.name === 'vt-api').spec.template.spec;
      expect(api.containers[0].image).toBe(`mirror.example/${defaults.image.repository}:${defaults.image.tag}`);
      expect(api.imagePullSecrets).toEqual([{ name: 'mirror-cred' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints NOTES with the routes, the Secrets to create and the monitoring objects', () => {
    const result = run('install', 'vt', CHART, '--namespace', 'veilig-thuis', '--dry-run=client', '-f', ALL);
    expect(result.status).toBe(0);
    const notes = result.stdout.slice(result.stdout.indexOf('NOTES:'));
    expect(notes).toContain(`https://${defaults.httpRoute.apiHost}/`);
    expect(notes).toContain('vt-env: DATABASE_URL, BENCHMARK_DATABASE_URL, REDIS_URL');
    expect(notes).toContain(`${defaults.migration.existingSecret}: DATABASE_OWNER_URL`);
    expect(notes).toMatch(/ServiceMonitor vt .*PrometheusRule vt with 5 alerts/);
    expect(notes).toMatch(/ingress-nginx is retired/);
  });

  it('has a values reference that is generated from the current schema (npm run helm:docs)', () => {
    const check = spawnSync(process.execPath, ['scripts/helm-docs.mjs', '--check'], { encoding: 'utf8' });
    expect([check.status, check.stderr]).toEqual([0, '']);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage on Node 24 slim and runs as a non-root user', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile.match(/^FROM node:24-[a-z]+-slim/gm)).toHaveLength(2);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    // The development identity provider never ships (its oidc-provider is a devDependency, pruned above).
    expect(dockerfile).toMatch(/rm -rf apps\/dev-idp node_modules\/@vt\/dev-idp/);
    expect(dockerfile).toMatch(/^USER 1000:1000$/m);
    expect(readFileSync('docker/entrypoint.sh', 'utf8')).toMatch(/api\)[\s\S]*benchmark\)[\s\S]*worker\)[\s\S]*migrate\)/);
  });
});
