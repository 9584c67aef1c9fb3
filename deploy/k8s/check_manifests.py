"""Check the Kubernetes manifests (and a few deploy/ consistency rules) without a cluster.

    uv run --with pyyaml python deploy/k8s/check_manifests.py [--require-kustomize]

1. Every kustomization.yaml under deploy/k8s: each resource, component, patch file and
   generator input it names exists (secret inputs under a `secrets/` folder may be absent:
   they are never committed).
2. The objects each overlay reaches, as written and (when `kustomize` or `kubectl` is on
   PATH) as rendered by `kustomize build`:
   - every Deployment/StatefulSet runs non-root with seccomp RuntimeDefault; every
     container and init container has allowPrivilegeEscalation=false,
     readOnlyRootFilesystem=true (with an emptyDir on /tmp), capabilities drop ALL, CPU and
     memory requests and a memory limit; every container has readiness and liveness probes;
     every service Deployment runs `python -m <module> migrate` as an init container and
     probes <prefix>/readyz and <prefix>/healthz;
   - every Service selects a workload and names a port that workload has;
   - every HTTPRoute attaches to an existing Gateway (and listener) and every backendRef
     names an existing Service and one of its ports; the Gateway's class is `eg`;
   - every HorizontalPodAutoscaler and PodDisruptionBudget points at a workload;
   - rendered only: every referenced ConfigMap/Secret exists (production may rely on the
     external Secrets listed below), every namespaced object is in namespace gongkai,
     image tags are set and not `latest`, production carries no dev-only credentials.
3. deploy/ consistency: the PostgreSQL init script has one content in both places;
   deploy/nginx/gongkai.conf is the current rendering of gongkai.conf.template, and the
   template uses only `${VAR}` placeholders for its five variables.

Exits 1 on any error. Needs PyYAML only.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

K8S = Path(__file__).resolve().parent
DEPLOY = K8S.parent
NAMESPACE = "gongkai"
GATEWAY_CLASS = "eg"
OVERLAYS = ("dev", "production")
# Secrets the production overlay expects to exist already (deploy/README.md).
EXTERNAL_SECRETS = {"production": {"gongkai-database", "gongkai-jwt", "gongkai-tls"}}
SERVICES = {
    "catalog-api": ("catalog_api", "/api/catalog/v1"),
    "publishing-api": ("publishing_api", "/api/publishing/v1"),
    "interaction-api": ("interaction_api", "/api/interaction/v1"),
}
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet"}
CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "GatewayClass", "PriorityClass"}
KUSTOMIZATION_NAMES = ("kustomization.yaml", "kustomization.yml", "Kustomization")
TEMPLATE_VARIABLES = ("CATALOG_UPSTREAM", "PUBLISHING_UPSTREAM", "INTERACTION_UPSTREAM", "CONSOLE_ROOT", "LISTEN_PORT")

Obj = dict[str, Any]


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}")

    def note(self, message: str) -> None:
        self.notes.append(message)


def rel(path: Path) -> str:
    try:
        return str(path.relative_to(DEPLOY.parent))
    except ValueError:
        return str(path)


def kustomization_in(directory: Path) -> Path | None:
    for name in KUSTOMIZATION_NAMES:
        if (directory / name).is_file():
            return directory / name
    return None


def load_docs(path: Path) -> list[Obj]:
    with path.open(encoding="utf-8") as fh:
        return [doc for doc in yaml.safe_load_all(fh) if doc]


def name_of(obj: Obj) -> str:
    return str(obj.get("metadata", {}).get("name", "?"))


def ident(obj: Obj) -> str:
    return f"{obj.get('kind')}/{name_of(obj)}"


def generator_inputs(entry: Obj) -> Iterator[str]:
    for item in entry.get("files", []) or []:
        yield str(item).split("=", 1)[-1]
    for item in entry.get("envs", []) or []:
        yield str(item)
    if entry.get("env"):
        yield str(entry["env"])


# --------------------------------------------------------------------------- 1. files
def check_kustomization(kfile: Path, report: Report) -> None:
    directory = kfile.parent
    where = rel(kfile)
    try:
        data = yaml.safe_load(kfile.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        report.error(where, f"not valid YAML: {exc}")
        return
    kind = data.get("kind", "Kustomization")
    if kind not in {"Kustomization", "Component"}:
        report.error(where, f"unexpected kind {kind!r}")

    for entry in data.get("resources", []) or []:
        entry = str(entry)
        if "://" in entry or entry.startswith(("github.com/", "git@")):
            report.error(where, f"remote resource {entry!r}: keep every base in this repository")
            continue
        target = directory / entry
        if target.is_dir():
            if kustomization_in(target) is None:
                report.error(where, f"resource directory {entry!r} has no kustomization.yaml")
        elif target.is_file():
            try:
                load_docs(target)
            except yaml.YAMLError as exc:
                report.error(where, f"resource {entry!r} is not valid YAML: {exc}")
        else:
            report.error(where, f"resource {entry!r} does not exist")

    for entry in data.get("components", []) or []:
        target = directory / str(entry)
        kfile_c = kustomization_in(target) if target.is_dir() else None
        if kfile_c is None:
            report.error(where, f"component {entry!r} is not a directory with a kustomization.yaml")
        elif (yaml.safe_load(kfile_c.read_text(encoding="utf-8")) or {}).get("kind") != "Component":
            report.error(where, f"component {entry!r} is not of kind Component")

    patch_files = [p.get("path") for p in data.get("patches", []) or [] if isinstance(p, dict)]
    patch_files += list(data.get("patchesStrategicMerge", []) or [])
    patch_files += [p.get("path") for p in data.get("patchesJson6902", []) or [] if isinstance(p, dict)]
    for entry in patch_files:
        if entry and not (directory / str(entry)).is_file():
            report.error(where, f"patch file {entry!r} does not exist")

    for generator in ("configMapGenerator", "secretGenerator"):
        for entry in data.get(generator, []) or []:
            for source in generator_inputs(entry):
                path = directory / source
                if path.is_file():
                    continue
                uncommitted_secret = generator == "secretGenerator" and "secrets" in Path(source).parts
                if uncommitted_secret:
                    report.note(
                        f"{where}: {source} is absent (a secret, never committed: create it before a real build)"
                    )
                else:
                    report.error(where, f"{generator} {entry.get('name')!r} input {source!r} does not exist")


def reachable_files(root: Path, report: Report, seen: set[Path] | None = None) -> list[Path]:
    """Resource files a kustomization reaches through resources and components (pre-patch)."""
    seen = set() if seen is None else seen
    kfile = kustomization_in(root)
    if kfile is None or root in seen:
        return []
    seen.add(root)
    data = yaml.safe_load(kfile.read_text(encoding="utf-8")) or {}
    files: list[Path] = []
    for entry in [*(data.get("resources", []) or []), *(data.get("components", []) or [])]:
        target = root / str(entry)
        if target.is_dir():
            files += reachable_files(target, report, seen)
        elif target.is_file():
            files.append(target)
    return files


# ------------------------------------------------------------------------ 2. objects
def pod_spec(obj: Obj) -> Obj:
    return obj.get("spec", {}).get("template", {}).get("spec", {}) or {}


def pod_labels(obj: Obj) -> dict[str, str]:
    return obj.get("spec", {}).get("template", {}).get("metadata", {}).get("labels", {}) or {}


def selector_matches(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_workload(obj: Obj, where: str, report: Report, rendered: bool) -> None:
    spec = pod_spec(obj)
    pod_sc = spec.get("securityContext", {}) or {}
    if pod_sc.get("runAsNonRoot") is not True:
        report.error(where, "pod securityContext.runAsNonRoot must be true")
    if pod_sc.get("runAsUser") == 0:
        report.error(where, "pod runs as uid 0")
    pod_seccomp = (pod_sc.get("seccompProfile") or {}).get("type")
    if spec.get("automountServiceAccountToken") is not False:
        report.error(where, "automountServiceAccountToken must be false (no pod talks to the API server)")

    volumes = {v.get("name"): v for v in spec.get("volumes", []) or []}
    claim_templates = {
        t.get("metadata", {}).get("name") for t in obj.get("spec", {}).get("volumeClaimTemplates", []) or []
    }
    containers = spec.get("containers", []) or []
    init_containers = spec.get("initContainers", []) or []
    if not containers:
        report.error(where, "no containers")

    for container, is_init in [*((c, False) for c in containers), *((c, True) for c in init_containers)]:
        cwhere = f"{where} {'initContainer' if is_init else 'container'} {container.get('name')}"
        sc = container.get("securityContext", {}) or {}
        if sc.get("allowPrivilegeEscalation") is not False:
            report.error(cwhere, "securityContext.allowPrivilegeEscalation must be false")
        if sc.get("readOnlyRootFilesystem") is not True:
            report.error(cwhere, "securityContext.readOnlyRootFilesystem must be true")
        if sc.get("privileged") is True:
            report.error(cwhere, "privileged")
        if sc.get("runAsUser") == 0 or sc.get("runAsNonRoot") is False:
            report.error(cwhere, "runs as root")
        if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
            report.error(cwhere, "securityContext.capabilities.drop must include ALL")
        if (sc.get("capabilities") or {}).get("add"):
            report.error(cwhere, "adds capabilities")
        if pod_seccomp != "RuntimeDefault" and (sc.get("seccompProfile") or {}).get("type") != "RuntimeDefault":
            report.error(cwhere, "seccompProfile RuntimeDefault missing (pod or container)")

        resources = container.get("resources", {}) or {}
        requests, limits = resources.get("requests", {}) or {}, resources.get("limits", {}) or {}
        for key in ("cpu", "memory"):
            if key not in requests:
                report.error(cwhere, f"resources.requests.{key} missing")
        if "memory" not in limits:
            report.error(cwhere, "resources.limits.memory missing")

        if not is_init:
            for probe in ("readinessProbe", "livenessProbe"):
                if not container.get(probe):
                    report.error(cwhere, f"{probe} missing")

        mounts = container.get("volumeMounts", []) or []
        for mount in mounts:
            if mount.get("name") not in volumes and mount.get("name") not in claim_templates:
                report.error(cwhere, f"volumeMount {mount.get('name')!r} names no volume")
        if sc.get("readOnlyRootFilesystem") is True:
            tmp = [m for m in mounts if m.get("mountPath") == "/tmp"]
            if not tmp or "emptyDir" not in volumes.get(tmp[0].get("name"), {}):
                report.error(cwhere, "read-only root filesystem needs an emptyDir mounted on /tmp")

        image = str(container.get("image", ""))
        if rendered:
            tag = image.rsplit("/", 1)[-1].partition(":")[2] if "@" not in image else "digest"
            if not tag:
                report.error(cwhere, f"image {image!r} has no tag")
            elif tag == "latest":
                report.error(cwhere, f"image {image!r}: pin a tag, not latest")

    # catalog-api's settings require the JWT signing key in production: every container
    # that loads them (the migrate init container too) mounts the gongkai-jwt Secret.
    jwt_volumes = {
        name
        for name, v in volumes.items()
        if str((v.get("secret") or {}).get("secretName", "")).startswith("gongkai-jwt")
    }
    for container in [*containers, *init_containers]:
        if "catalog-api" not in str(container.get("image", "")):
            continue
        if not any(m.get("name") in jwt_volumes for m in container.get("volumeMounts", []) or []):
            report.error(
                f"{where} container {container.get('name')}",
                "catalog-api container without the gongkai-jwt key mounted",
            )

    # The three Python services: migrate first, then the prefixed probes.
    for service, (module, prefix) in SERVICES.items():
        if not any(service in str(c.get("image", "")) for c in containers):
            continue
        migrate = [c for c in init_containers if c.get("command") == ["python", "-m", module, "migrate"]]
        if not migrate:
            report.error(where, f"initContainer running `python -m {module} migrate` missing")
        for container in containers:
            if service not in str(container.get("image", "")):
                continue
            expected = {"readinessProbe": f"{prefix}/readyz", "livenessProbe": f"{prefix}/healthz"}
            for probe, path in expected.items():
                got = ((container.get(probe) or {}).get("httpGet") or {}).get("path")
                if got != path:
                    report.error(where, f"{probe} should GET {path}, not {got!r}")


def check_objects(objects: list[Obj], label: str, report: Report, rendered: bool) -> None:
    by_kind: dict[str, dict[str, Obj]] = {}
    for obj in objects:
        by_kind.setdefault(str(obj.get("kind")), {})[name_of(obj)] = obj
    workloads = [o for o in objects if o.get("kind") in WORKLOAD_KINDS]

    for obj in workloads:
        check_workload(obj, f"[{label}] {ident(obj)}", report, rendered)

    for svc in by_kind.get("Service", {}).values():
        where = f"[{label}] {ident(svc)}"
        selector = svc.get("spec", {}).get("selector") or {}
        targets = [w for w in workloads if selector_matches(selector, pod_labels(w))]
        if not targets:
            report.error(where, f"selector {selector} matches no workload")
            continue
        port_names = {
            p.get("name")
            for w in targets
            for c in pod_spec(w).get("containers", []) or []
            for p in c.get("ports", []) or []
        }
        port_numbers = {
            p.get("containerPort")
            for w in targets
            for c in pod_spec(w).get("containers", []) or []
            for p in c.get("ports", []) or []
        }
        for port in svc.get("spec", {}).get("ports", []) or []:
            target = port.get("targetPort", port.get("port"))
            if target not in port_names and target not in port_numbers:
                report.error(where, f"targetPort {target!r} is no container port of {[ident(w) for w in targets]}")

    gateways = by_kind.get("Gateway", {})
    for gateway in gateways.values():
        if gateway.get("spec", {}).get("gatewayClassName") != GATEWAY_CLASS:
            report.error(f"[{label}] {ident(gateway)}", f"gatewayClassName should be {GATEWAY_CLASS!r}")
    services = by_kind.get("Service", {})
    for route in by_kind.get("HTTPRoute", {}).values():
        where = f"[{label}] {ident(route)}"
        for parent in route.get("spec", {}).get("parentRefs", []) or []:
            if parent.get("kind", "Gateway") != "Gateway":
                continue
            gateway = gateways.get(parent.get("name"))
            if gateway is None:
                report.error(where, f"parentRef names no Gateway: {parent.get('name')!r}")
            elif parent.get("sectionName"):
                listeners = {lst.get("name") for lst in gateway.get("spec", {}).get("listeners", []) or []}
                if parent["sectionName"] not in listeners:
                    report.error(where, f"sectionName {parent['sectionName']!r} is no listener of {ident(gateway)}")
        for rule in route.get("spec", {}).get("rules", []) or []:
            for backend in rule.get("backendRefs", []) or []:
                if backend.get("kind", "Service") != "Service" or backend.get("group", "") not in ("", "core"):
                    continue
                svc = services.get(backend.get("name"))
                if svc is None:
                    report.error(where, f"backendRef names no Service: {backend.get('name')!r}")
                    continue
                ports = {p.get("port") for p in svc.get("spec", {}).get("ports", []) or []}
                if backend.get("port") not in ports:
                    report.error(
                        where, f"backendRef port {backend.get('port')} is not a port of {ident(svc)} {sorted(ports)}"
                    )

    for hpa in by_kind.get("HorizontalPodAutoscaler", {}).values():
        ref = hpa.get("spec", {}).get("scaleTargetRef", {}) or {}
        target = by_kind.get(str(ref.get("kind")), {}).get(ref.get("name"))
        where = f"[{label}] {ident(hpa)}"
        if target is None:
            report.error(where, f"scaleTargetRef {ref.get('kind')}/{ref.get('name')} does not exist")
        elif "replicas" in target.get("spec", {}):
            report.error(where, f"{ident(target)} sets spec.replicas: it would fight the autoscaler")

    for pdb in by_kind.get("PodDisruptionBudget", {}).values():
        selector = (pdb.get("spec", {}).get("selector") or {}).get("matchLabels") or {}
        if not any(selector_matches(selector, pod_labels(w)) for w in workloads):
            report.error(f"[{label}] {ident(pdb)}", f"selector {selector} matches no workload")

    if rendered:
        check_references(objects, by_kind, label, report)


def referenced_names(obj: Obj) -> Iterator[tuple[str, str]]:
    spec = pod_spec(obj)
    for container in [*(spec.get("containers", []) or []), *(spec.get("initContainers", []) or [])]:
        for source in container.get("envFrom", []) or []:
            if "configMapRef" in source and not source["configMapRef"].get("optional"):
                yield "ConfigMap", source["configMapRef"]["name"]
            if "secretRef" in source and not source["secretRef"].get("optional"):
                yield "Secret", source["secretRef"]["name"]
        for env in container.get("env", []) or []:
            value_from = env.get("valueFrom") or {}
            if "configMapKeyRef" in value_from and not value_from["configMapKeyRef"].get("optional"):
                yield "ConfigMap", value_from["configMapKeyRef"]["name"]
            if "secretKeyRef" in value_from and not value_from["secretKeyRef"].get("optional"):
                yield "Secret", value_from["secretKeyRef"]["name"]
    for volume in spec.get("volumes", []) or []:
        if "configMap" in volume:
            yield "ConfigMap", volume["configMap"]["name"]
        if "secret" in volume:
            yield "Secret", volume["secret"]["secretName"]


def check_references(objects: list[Obj], by_kind: dict[str, dict[str, Obj]], label: str, report: Report) -> None:
    external = EXTERNAL_SECRETS.get(label, set())
    for obj in objects:
        kind = str(obj.get("kind"))
        if kind not in CLUSTER_SCOPED and obj.get("metadata", {}).get("namespace") != NAMESPACE:
            report.error(f"[{label}] {ident(obj)}", f"namespace should be {NAMESPACE!r}")
        if kind in WORKLOAD_KINDS:
            for ref_kind, ref_name in referenced_names(obj):
                if ref_name in by_kind.get(ref_kind, {}):
                    continue
                if ref_kind == "Secret" and ref_name in external:
                    continue
                report.error(
                    f"[{label}] {ident(obj)}",
                    f"{ref_kind} {ref_name!r} is neither rendered nor a known external Secret",
                )
        if kind == "Gateway":
            for listener in obj.get("spec", {}).get("listeners", []) or []:
                for cert in (listener.get("tls") or {}).get("certificateRefs", []) or []:
                    if cert.get("name") not in by_kind.get("Secret", {}) and cert.get("name") not in external:
                        report.error(f"[{label}] {ident(obj)}", f"certificate Secret {cert.get('name')!r} unknown")
    if label == "production":
        text = yaml.safe_dump_all(objects)
        if "dev-only" in text or "postgres-dev" in text:
            report.error("[production]", "dev-only credentials or the postgres-dev component leaked into production")


def find_kustomize() -> list[str] | None:
    if shutil.which("kustomize"):
        return ["kustomize", "build"]
    if shutil.which("kubectl"):
        return ["kubectl", "kustomize"]
    return None


def render(overlay: str, tool: list[str], report: Report) -> list[Obj] | None:
    """kustomize build of an overlay, in a copy of deploy/k8s where absent secret inputs get placeholders."""
    with tempfile.TemporaryDirectory(prefix="gongkai-k8s-") as tmp:
        copy = Path(tmp) / "k8s"
        shutil.copytree(K8S, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for kfile in copy.rglob("kustomization.yaml"):
            data = yaml.safe_load(kfile.read_text(encoding="utf-8")) or {}
            for entry in data.get("secretGenerator", []) or []:
                for source in generator_inputs(entry):
                    path = kfile.parent / source
                    if not path.exists():
                        path.parent.mkdir(parents=True, exist_ok=True)
                        path.write_text("placeholder written by check_manifests.py\n", encoding="utf-8")
        result = subprocess.run([*tool, str(copy / "overlays" / overlay)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        report.error(f"[{overlay}] {' '.join(tool)}", result.stderr.strip() or "failed")
        return None
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


# --------------------------------------------------------------------- 3. consistency
def check_consistency(report: Report) -> None:
    script = "10-gongkai-databases.sh"
    compose_copy = DEPLOY / "postgres" / "initdb" / script
    k8s_copy = K8S / "components" / "postgres-dev" / "initdb" / script
    if not compose_copy.is_file() or not k8s_copy.is_file():
        report.error("postgres init script", f"missing: {rel(compose_copy)} or {rel(k8s_copy)}")
    elif compose_copy.read_bytes() != k8s_copy.read_bytes():
        report.error("postgres init script", f"{rel(compose_copy)} and {rel(k8s_copy)} differ: copy one over the other")

    template_path = DEPLOY / "nginx" / "gongkai.conf.template"
    template = template_path.read_text(encoding="utf-8")
    for name in TEMPLATE_VARIABLES:
        if "${" + name + "}" not in template:
            report.error(rel(template_path), f"${{{name}}} is not used")
        if re.search(r"\$" + name + r"\b", template):
            report.error(rel(template_path), f"${name} must be written ${{{name}}}")
    for placeholder in set(re.findall(r"\$\{(\w+)\}", template)) - set(TEMPLATE_VARIABLES) - {"NAME"}:
        report.error(rel(template_path), f"unknown placeholder ${{{placeholder}}}")
    if "$$" in template:
        report.error(rel(template_path), "'$$' would turn into '$' under string.Template")

    spec = importlib.util.spec_from_file_location("gongkai_nginx_render", DEPLOY / "nginx" / "render.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rendered = module.render(dict(module.LOCAL_DEFAULTS))
    if (DEPLOY / "nginx" / "gongkai.conf").read_text(encoding="utf-8") != rendered:
        report.error("deploy/nginx/gongkai.conf", "stale: run python deploy/nginx/render.py")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--require-kustomize", action="store_true", help="fail when neither kustomize nor kubectl is found"
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    report = Report()

    kustomizations = sorted(k for name in KUSTOMIZATION_NAMES for k in K8S.rglob(name))
    for kfile in kustomizations:
        check_kustomization(kfile, report)

    for overlay in OVERLAYS:
        root = K8S / "overlays" / overlay
        if kustomization_in(root) is None:
            report.error(rel(root), "overlay missing")
            continue
        objects: list[Obj] = []
        for path in reachable_files(root, report):
            try:
                objects += load_docs(path)
            except yaml.YAMLError:
                continue  # reported by check_kustomization
        check_objects(objects, f"{overlay}, as written", report, rendered=False)

    tool = find_kustomize()
    if tool is None:
        message = "neither kustomize nor kubectl found: rendered overlays not checked"
        if args.require_kustomize:
            report.error("kustomize", message)
        else:
            report.note(message)
    else:
        for overlay in OVERLAYS:
            objects_or_none = render(overlay, tool, report)
            if objects_or_none is not None:
                check_objects(objects_or_none, overlay, report, rendered=True)
                report.note(f"{overlay}: rendered with `{' '.join(tool)}`, {len(objects_or_none)} objects checked")

    check_consistency(report)

    for note in report.notes:
        print(f"note: {note}")
    for error in report.errors:
        print(f"ERROR {error}")
    print(
        f"check_manifests: {len(kustomizations)} kustomizations, {len(OVERLAYS)} overlays, "
        f"{len(report.errors)} error(s)"
    )
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
