// Checks deploy/ with what runs on a machine without Docker or a cluster (issue 24):
// - every overlay rendered by `kubectl kustomize`, each object validated against the Kubernetes JSON schemas that the
//   kubernetes-models package ships (generated from the Kubernetes OpenAPI), plus the platform's own rules
//   (namespace per region, probes, non-root, read-only root file system, resources, no Secret values in git);
// - the compose stack and the Dockerfile structurally (no hadolint or compose engine here);
// - the CI workflow against GitHub's workflow schema (@action-validator/cli);
// - the Prometheus alerting rules with `promtool check rules` and their unit tests with `promtool test rules`.
// Prints one line per finding and exits 1 when there is any. Usage: node build/deploy/validate.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, parseAllDocuments } from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const findings = [];
const fail = (where, what) => findings.push(`${where}: ${what}`);
const checked = { objects: 0, overlays: 0 };

async function modelOf(object) {
  const [group, version] = object.apiVersion.includes("/") ? object.apiVersion.split("/") : [null, object.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${object.kind}` : `kubernetes-models/${version}/${object.kind}`;
  const module = await import(path);
  return module[object.kind];
}

async function schemaErrors(object) {
  try {
    const Model = await modelOf(object);
    new Model(object).validate();
    return null;
  } catch (error) {
    return error.message.split("\n").slice(0, 3).join(" ");
  }
}

function podRules(where, spec) {
  const pod = spec.template.spec;
  if (pod.securityContext?.runAsNonRoot !== true) fail(where, "pod must set securityContext.runAsNonRoot");
  if (pod.automountServiceAccountToken !== false) fail(where, "pod must not mount a service account token");
  for (const container of pod.containers) {
    const c = container.securityContext ?? {};
    if (c.readOnlyRootFilesystem !== true) fail(where, `${container.name}: readOnlyRootFilesystem must be true`);
    if (c.allowPrivilegeEscalation !== false) fail(where, `${container.name}: allowPrivilegeEscalation must be false`);
    if (!c.capabilities?.drop?.includes("ALL")) fail(where, `${container.name}: must drop ALL capabilities`);
    if (!container.resources?.requests?.cpu || !container.resources?.limits?.memory) fail(where, `${container.name}: needs cpu requests and a memory limit`);
    if (container.env?.some(e => /key|secret|password|connectionstring/i.test(e.name) && e.value !== undefined)) {
      fail(where, `${container.name}: a secret-looking variable has a literal value; reference the Secret`);
    }
  }
  return pod;
}

async function checkOverlay(region) {
  const dir = join(root, "deploy", "k8s", "overlays", region);
  const rendered = execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8" });
  const objects = parseAllDocuments(rendered).map(d => d.toJS()).filter(Boolean);
  const namespace = `customiseyou-${region}`;
  const kinds = new Set(objects.map(o => o.kind));
  for (const required of ["Namespace", "Deployment", "Service", "Ingress", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "Job", "ConfigMap"]) {
    if (!kinds.has(required)) fail(region, `renders no ${required}`);
  }
  for (const object of objects) {
    checked.objects++;
    const where = `${region}/${object.kind}/${object.metadata?.name}`;
    const error = await schemaErrors(object);
    if (error) fail(where, `schema: ${error}`);
    if (object.kind === "Secret") fail(where, "Secrets are created out of band, never rendered from git");
    if (object.kind !== "Namespace" && object.metadata?.namespace !== namespace) fail(where, `must be in namespace ${namespace}`);
    if (object.kind === "Deployment") {
      const pod = podRules(where, object.spec);
      const api = pod.containers[0];
      if (api.readinessProbe?.httpGet?.path !== "/health/ready") fail(where, "readiness must be /health/ready");
      if (api.livenessProbe?.httpGet?.path !== "/health/live") fail(where, "liveness must be /health/live");
      if (!(pod.topologySpreadConstraints?.length > 0)) fail(where, "needs topology spread constraints");
      if (!api.envFrom?.some(source => source.secretRef?.name)) fail(where, "must take its secrets from a Secret reference");
    }
    if (object.kind === "Job") {
      const pod = podRules(where, object.spec);
      if (pod.containers[0].args?.[0] !== "migrate") fail(where, "the migration Job must run `migrate`");
    }
    if (object.kind === "Ingress" && !object.spec.tls?.[0]?.hosts?.includes(object.spec.rules[0].host)) fail(where, "TLS must cover the host");
    if (object.kind === "ConfigMap") {
      const settings = JSON.parse(object.data["appsettings.Production.json"]);
      const served = settings.Deployment?.Tenants ?? [];
      if (served.length !== 1 || served[0] !== region) fail(where, `must serve exactly its own tenant (${region}), serves ${JSON.stringify(served)}`);
      const host = objects.find(o => o.kind === "Ingress")?.spec.rules[0].host;
      if (!settings.Tenants?.[region]?.Hosts?.includes(host)) fail(where, `Tenants:${region}:Hosts must name the Ingress host ${host}`);
    }
  }
  checked.overlays++;
}

function checkCompose() {
  const file = join(root, "deploy", "compose", "docker-compose.yml");
  const compose = parse(readFileSync(file, "utf8"), { merge: true });
  const services = Object.keys(compose.services ?? {});
  for (const s of ["api-1", "api-2", "gateway", "postgres-south-asia", "postgres-europe", "postgres-scheduler", "redis", "prometheus", "grafana"]) {
    if (!services.includes(s)) fail("compose", `has no service ${s}`);
  }
  for (const api of ["api-1", "api-2"]) {
    const service = compose.services[api] ?? {};
    if (service.read_only !== true) fail(`compose/${api}`, "must run with a read-only root file system");
    if (service.environment?.Jobs__Store !== "Postgres") fail(`compose/${api}`, "two nodes need the clustered (Postgres) job store");
  }
}

function checkDockerfile() {
  const lines = readFileSync(join(root, "Dockerfile"), "utf8").split("\n").map(l => l.trim()).filter(l => l && !l.startsWith("#"));
  const stages = lines.filter(l => /^FROM\s/i.test(l));
  if (stages.length < 2) fail("Dockerfile", "must be multi-stage (SDK build, runtime)");
  if (!/aspnet:/.test(stages.at(-1) ?? "")) fail("Dockerfile", "the final stage must be the ASP.NET runtime image");
  const user = lines.filter(l => /^USER\s/i.test(l)).at(-1);
  if (!user || /^USER\s+(root|0)\b/i.test(user)) fail("Dockerfile", "must end as a non-root USER");
  if (!lines.some(l => /^HEALTHCHECK\s/i.test(l))) fail("Dockerfile", "needs a HEALTHCHECK");
  if (!lines.some(l => /^ENTRYPOINT\s+\[/i.test(l))) fail("Dockerfile", "needs an exec-form ENTRYPOINT");
  const ignored = readFileSync(join(root, ".dockerignore"), "utf8");
  for (const entry of ["**/bin/", "**/obj/", ".git/", "tests/"]) if (!ignored.includes(entry)) fail(".dockerignore", `must exclude ${entry}`);
}

function checkWorkflows() {
  const dir = join(root, ".github", "workflows");
  for (const file of readdirSync(dir).filter(f => /\.ya?ml$/.test(f))) {
    try {
      execFileSync(join(here, "node_modules", ".bin", "action-validator"), [join(dir, file)], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      fail(`.github/workflows/${file}`, (error.stdout || error.message).trim().split("\n").slice(0, 5).join(" "));
    }
  }
  const ci = parse(readFileSync(join(dir, "ci.yml"), "utf8"));
  if (!JSON.stringify(ci.jobs).includes("./build/test.sh")) fail("ci.yml", "must run the README's test command ./build/test.sh");
}

function checkAlertRules() {
  const dir = join(root, "deploy", "prometheus");
  for (const args of [["check", "rules", "alerts.yml"], ["test", "rules", "alerts.test.yml"]]) {
    try {
      execFileSync("promtool", args, { cwd: dir, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      fail(`promtool ${args.join(" ")}`, `${error.stdout ?? ""}${error.stderr ?? error.message}`.trim().split("\n").slice(0, 8).join(" "));
    }
  }
}

// The validator itself must be able to fail: a Deployment with a string replica count is refused.
if (!(await schemaErrors({ apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "x" }, spec: { replicas: "three" } }))) {
  fail("self-check", "the schema validator accepted a Deployment with replicas: \"three\"");
}

for (const region of readdirSync(join(root, "deploy", "k8s", "overlays"))) await checkOverlay(region);
checkCompose();
checkDockerfile();
checkWorkflows();
checkAlertRules();

for (const finding of findings) console.log(finding);
console.log(`deployment checks: ${checked.overlays} overlays, ${checked.objects} objects, ${findings.length} findings`);
process.exit(findings.length === 0 ? 0 : 1);
