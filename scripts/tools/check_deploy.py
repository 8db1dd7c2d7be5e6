#!/usr/bin/env python3
"""Static checks of deploy/: the Dockerfile, the Helm chart's rendered manifests and values,
and the compose demo, for consistency with each other and with the service's settings; the
alert rules' test coverage and runbook sections; the dashboard's queries as a rules file for
`promtool check rules`.

Usage: check_deploy.py --root REPO --binary target/debug/wirefeed \
           --rendered NAME=FILE [--rendered NAME=FILE ...] --out target/ops

Each --rendered FILE is `helm template` output (NAME is the values variant). The wirefeed.toml
of every render and of the compose demo is validated by the binary itself
(`wirefeed process --config FILE`: unknown keys and bad values are errors), together with
the WIREFEED_* environment the compose file sets. Exits 1 listing every problem found.
"""

import argparse
import fnmatch
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml

problems: list[str] = []


def check(cond: bool, msg: str) -> bool:
    if not cond:
        problems.append(msg)
    return cond


# --- .dockerignore -------------------------------------------------------------------------


def dockerignore_rules(root: Path) -> list[tuple[bool, str]]:
    rules = []
    for line in (root / ".dockerignore").read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        pattern = line[1:] if negate else line
        rules.append((negate, pattern.strip("/")))
    return rules


def docker_excluded(rules: list[tuple[bool, str]], path: str) -> bool:
    """Docker's semantics: the last pattern matching the path or one of its parents wins."""
    parts = path.strip("/").split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for negate, pattern in rules:
        pat = pattern.replace("**/", "")
        if any(fnmatch.fnmatchcase(p, pattern) or fnmatch.fnmatchcase(p, pat) for p in prefixes):
            excluded = not negate
    return excluded


# --- Dockerfile ----------------------------------------------------------------------------


def parse_dockerfile(path: Path) -> list[dict]:
    """Stages, each {name, base, instructions: [(KEYWORD, args)]}; continuations joined."""
    text = re.sub(r"\\\n", " ", path.read_text())
    stages: list[dict] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, args = line.partition(" ")
        keyword = keyword.upper()
        if keyword == "FROM":
            m = re.match(r"(\S+)(?:\s+AS\s+(\S+))?", args.strip(), re.I)
            stages.append({"base": m.group(1), "name": (m.group(2) or "").lower(), "ins": []})
        elif stages:
            stages[-1]["ins"].append((keyword, args.strip()))
    return stages


def check_dockerfile(root: Path, chart_uid: int, port: int) -> dict:
    path = root / "deploy/docker/Dockerfile"
    stages = parse_dockerfile(path)
    check(len(stages) >= 2, "Dockerfile: not multi-stage")
    final = stages[-1]
    ins = final["ins"]
    kw = lambda k: [a for (x, a) in ins if x == k]  # noqa: E731
    builder_names = {s["name"] for s in stages[:-1]}
    check(any("--from=" in a and a.split("--from=")[1].split()[0].lower() in builder_names
              for a in kw("COPY")), "Dockerfile: the runtime stage copies nothing from a builder")
    users = kw("USER")
    user = users[-1] if users else ""
    uid = user.split(":")[0]
    check(uid.isdigit() and int(uid) != 0, f"Dockerfile: final USER must be a numeric non-root UID, got {user!r}")
    if uid.isdigit():
        check(int(uid) == chart_uid, f"Dockerfile: USER {uid} differs from the chart's runAsUser {chart_uid}")
    hc = kw("HEALTHCHECK")
    check(bool(hc) and "/healthz" in hc[-1], "Dockerfile: final stage needs a HEALTHCHECK on /healthz")
    check(str(port) in " ".join(kw("EXPOSE")).split(), f"Dockerfile: EXPOSE {port} missing")
    env = " ".join(kw("ENV"))
    check("WIREFEED_LOG__FORMAT=json" in env, "Dockerfile: WIREFEED_LOG__FORMAT=json default missing")
    check(f"WIREFEED_HTTP__LISTEN=0.0.0.0:{port}" in env, "Dockerfile: WIREFEED_HTTP__LISTEN must use the chart's port")
    check(any("cargo build" in a and "--locked" in a and "--release" in a
              for s in stages[:-1] for (k, a) in s["ins"] if k == "RUN"),
          "Dockerfile: a builder stage must run cargo build --release --locked")
    check(not final["base"].startswith("rust"), "Dockerfile: the runtime image must not be the Rust toolchain")

    # Every COPY source of the build context exists and is not excluded by .dockerignore.
    rules = dockerignore_rules(root)
    for stage in stages:
        for k, a in stage["ins"]:
            if k not in ("COPY", "ADD") or "--from=" in a:
                continue
            args = [x for x in a.split() if not x.startswith("--")]
            for src in args[:-1]:
                if src == ".":
                    continue
                check((root / src).exists(), f"Dockerfile: COPY source {src} does not exist")
                check(not docker_excluded(rules, src), f"Dockerfile: COPY source {src} is excluded by .dockerignore")
    # What the build reads must be in the context.
    needed = ["Cargo.toml", "Cargo.lock", "build.rs", "proto", "src"]
    manifest = tomllib.loads((root / "Cargo.toml").read_text())
    for kind in ("bench", "test", "example", "bin"):
        for target in manifest.get(kind, []):
            default = {"bench": "benches", "test": "tests", "example": "examples", "bin": "src/bin"}[kind]
            needed.append(target.get("path", f"{default}/{target['name']}.rs"))
    for rs in (root / "src").rglob("*.rs"):
        for m in re.finditer(r'include_(?:str|bytes)!\(\s*"([^"]+)"', rs.read_text()):
            needed.append(os.path.relpath(os.path.normpath(rs.parent / m.group(1)), root))
    for p in needed:
        check((root / p).exists(), f"build input {p} (needed by Cargo) does not exist")
        check(not docker_excluded(rules, p), f".dockerignore excludes build input {p}")
    for p in ("target", ".git", "target/debug/wirefeed", ".cache"):
        check(docker_excluded(rules, p), f".dockerignore must exclude {p}")
    return {"uid": int(uid) if uid.isdigit() else None, "port": port}


# --- Helm ----------------------------------------------------------------------------------


def check_values_documented(path: Path) -> None:
    """Every key of values.yaml down to depth 2 has a comment right above it (or inline),
    except inside Kubernetes objects passed through verbatim."""
    verbatim = {"resources", "podSecurityContext", "securityContext", "livenessProbe",
                "readinessProbe", "startupProbe", "updateStrategy", "topologySpreadConstraints",
                "metricsFrom", "kafkaTo"}
    lines = path.read_text().splitlines()
    stack: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        m = re.match(r"^( *)([A-Za-z0-9_.\"-]+):", line)
        if not m or line.lstrip().startswith("#"):
            continue
        indent, key = len(m.group(1)), m.group(2)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        parents = [k for _, k in stack]
        stack.append((indent, key))
        if any(p in verbatim for p in parents) or len(parents) > 2:
            continue
        prev = lines[i - 1].strip() if i else ""
        documented = prev.startswith("#") or " # " in line or (
            # keys of a group whose comment documents them together (a block of siblings)
            any(lines[j].strip().startswith("#") for j in range(max(0, i - 6), i))
            and not any(lines[j].strip() == "" for j in range(max(0, i - 6), i)))
        check(documented, f"values.yaml:{i + 1}: {'.'.join(parents + [key])} is not documented")


def docs(rendered: str) -> list[dict]:
    return [d for d in yaml.safe_load_all(rendered) if d]


def check_chart(root: Path, name: str, manifests: list[dict], values: dict, out: Path) -> dict:
    kinds = {d["kind"]: d for d in manifests}
    for k in ("Deployment", "Service", "ConfigMap"):
        check(k in kinds, f"helm[{name}]: no {k}")
    cm = kinds["ConfigMap"]["data"]["wirefeed.toml"]
    toml_path = out / f"helm-{name}.toml"
    toml_path.write_text(cm)
    config = tomllib.loads(cm)
    drain = config.get("runtime", {}).get("drain_timeout_secs", 20)
    port = int(config["http"]["listen"].rsplit(":", 1)[1])
    dep = kinds["Deployment"]["spec"]["template"]["spec"]
    grace = dep.get("terminationGracePeriodSeconds", 30)
    check(grace > drain, f"helm[{name}]: terminationGracePeriodSeconds {grace} <= drain {drain}")
    c = dep["containers"][0]
    check(c["livenessProbe"]["httpGet"]["path"] == "/healthz", f"helm[{name}]: liveness not on /healthz")
    check(c["readinessProbe"]["httpGet"]["path"] == "/readyz", f"helm[{name}]: readiness not on /readyz")
    check(any(p["containerPort"] == port and p["name"] == "metrics" for p in c["ports"]),
          f"helm[{name}]: container port is not http.listen's {port}")
    check({"requests", "limits"} <= set(c.get("resources", {})), f"helm[{name}]: resources need requests and limits")
    sc, psc = c.get("securityContext", {}), dep.get("securityContext", {})
    check(sc.get("readOnlyRootFilesystem") is True, f"helm[{name}]: root filesystem not read-only")
    check(sc.get("allowPrivilegeEscalation") is False, f"helm[{name}]: privilege escalation allowed")
    check(psc.get("runAsNonRoot") is True and psc.get("runAsUser", 0) > 0, f"helm[{name}]: not non-root")
    env = {e["name"]: e.get("value") for e in c.get("env", [])}
    check(env.get("WIREFEED_CONFIG") == "/etc/wirefeed/wirefeed.toml", f"helm[{name}]: WIREFEED_CONFIG not set")
    partitions = int(values.get("inputPartitions", 0))
    if "HorizontalPodAutoscaler" in kinds:
        check(kinds["HorizontalPodAutoscaler"]["spec"]["maxReplicas"] <= partitions, f"helm[{name}]: HPA above partitions")
    if "ScaledObject" in kinds:
        so = kinds["ScaledObject"]["spec"]
        check(so["maxReplicaCount"] <= partitions, f"helm[{name}]: KEDA above partitions")
        topics = [t["metadata"]["topic"] for t in so["triggers"] if t["type"] == "kafka"]
        check(topics == config["kafka"]["input_topics"], f"helm[{name}]: KEDA topics differ from input_topics")
        for t in so["triggers"]:
            if t["type"] == "kafka":
                check(t["metadata"]["consumerGroup"] == config["kafka"]["group_id"], f"helm[{name}]: KEDA group differs")
    svc = kinds["Service"]["spec"]["ports"][0]
    check(svc["name"] == "metrics" and svc["targetPort"] == "metrics", f"helm[{name}]: Service must target the metrics port")
    if "PrometheusRule" in kinds:
        rules = yaml.safe_load((root / "deploy/prometheus/alerts.yaml").read_text())
        check(kinds["PrometheusRule"]["spec"]["groups"] == rules["groups"],
              f"helm[{name}]: PrometheusRule differs from deploy/prometheus/alerts.yaml")
    return {"config": config, "toml": toml_path, "port": port, "uid": psc.get("runAsUser"), "drain": drain}


# --- compose -------------------------------------------------------------------------------


def seconds(duration: str) -> float:
    total = 0.0
    for n, unit in re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", str(duration)):
        total += float(n) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit]
    return total


def check_compose(root: Path, chart: dict, values: dict) -> dict:
    cdir = root / "deploy/compose"
    compose = yaml.safe_load((cdir / "compose.yaml").read_text())
    services = compose.get("services", {})
    for s in ("kafka", "wirefeed", "prometheus", "grafana"):
        check(s in services, f"compose: service {s} missing")
    for sname, svc in services.items():
        for v in svc.get("volumes", []):
            src = str(v).split(":")[0]
            if src.startswith("."):
                check((cdir / src).exists(), f"compose: {sname} mounts {src}, which does not exist")
    kafka = services["kafka"]
    check("KAFKA_PROCESS_ROLES" in kafka.get("environment", {}), "compose: Kafka must run in KRaft mode")
    wf = services["wirefeed"]
    build = wf.get("build", {})
    check((cdir / build.get("context", ".")).resolve() == root.resolve(), "compose: wirefeed build context is not the repo root")
    check(build.get("dockerfile") == "deploy/docker/Dockerfile", "compose: wirefeed must build deploy/docker/Dockerfile")
    env = {k: str(v) for k, v in wf.get("environment", {}).items()}
    mount = [str(v).split(":") for v in wf.get("volumes", [])]
    toml_src = [m[0] for m in mount if len(m) > 1 and m[1] == env.get("WIREFEED_CONFIG")]
    check(len(toml_src) == 1, "compose: WIREFEED_CONFIG must be a mounted file")
    toml_path = (cdir / toml_src[0]) if toml_src else cdir / "wirefeed.toml"
    config = tomllib.loads(toml_path.read_text())
    # Same settings as the chart's defaults (the broker address may differ).
    a = {**config, "kafka": {**config["kafka"], "brokers": None}}
    b = {**chart["config"], "kafka": {**chart["config"]["kafka"], "brokers": None}}
    strip_empty = lambda d: {k: strip_empty(v) if isinstance(v, dict) else v for k, v in d.items() if v != {}}  # noqa: E731
    check(strip_empty(a) == strip_empty(b),
          f"compose: {toml_path.name} differs from the chart's rendered config:\n  compose {strip_empty(a)}\n  chart   {strip_empty(b)}")
    port = int(config["http"]["listen"].rsplit(":", 1)[1])
    check(port == chart["port"], "compose: wirefeed port differs from the chart's")
    check(any(str(p).split(":")[-1] == str(port) for p in wf.get("ports", [])), f"compose: wirefeed must publish {port}")
    check(str(wf.get("user", "")).split(":")[0] == str(chart["uid"]), "compose: wirefeed user differs from the chart's runAsUser")
    check(wf.get("read_only") is True, "compose: wirefeed should run with a read-only root filesystem")
    drain = config.get("runtime", {}).get("drain_timeout_secs", 20)
    check(seconds(wf.get("stop_grace_period", "10s")) > drain, "compose: stop_grace_period must exceed the drain deadline")
    # Topics created by kafka-init and used by the sample feed.
    init = " ".join(str(x) for x in services.get("kafka-init", {}).get("command", []))
    k = config["kafka"]
    for topic in k["input_topics"] + [k["output_topic"], k["dead_letter_topic"], k["state_topic"]]:
        check(f"--topic {topic} " in init, f"compose: kafka-init does not create {topic}")
    m = re.search(rf"--topic {re.escape(k['input_topics'][0])} --partitions (\d+)", init)
    check(bool(m) and int(m.group(1)) == int(values["inputPartitions"]),
          "compose: input partitions differ from the chart's inputPartitions")
    feed = " ".join(str(x) for x in services.get("sample-feed", {}).get("command", []))
    check(f"--topic {k['input_topics'][0]}" in feed, "compose: sample-feed does not write the input topic")
    brokers = env.get("WIREFEED_KAFKA__BROKERS", k["brokers"])
    check(brokers.split(":")[0] in services, f"compose: broker host {brokers} is not a compose service")
    # Prometheus scrapes wirefeed and loads the rules; Grafana reads Prometheus.
    prom = yaml.safe_load((cdir / "prometheus.yml").read_text())
    targets = [t for sc in prom["scrape_configs"] for s in sc.get("static_configs", []) for t in s["targets"]]
    check(f"wirefeed:{port}" in targets, f"compose: Prometheus does not scrape wirefeed:{port}")
    prom_mounts = {str(v).split(":")[1]: str(v).split(":")[0] for v in services["prometheus"].get("volumes", [])}
    for rf in prom.get("rule_files", []):
        check(prom_mounts.get(rf, "").endswith("deploy/prometheus/alerts.yaml") or prom_mounts.get(rf, "").endswith("prometheus/alerts.yaml"),
              f"compose: Prometheus rule file {rf} is not deploy/prometheus/alerts.yaml")
    check(bool(prom.get("rule_files")), "compose: Prometheus loads no rules")
    ds = yaml.safe_load((cdir / "grafana/provisioning/datasources/prometheus.yaml").read_text())["datasources"][0]
    prom_port = str(services["prometheus"]["ports"][0]).split(":")[-1]
    check(ds["url"] == f"http://prometheus:{prom_port}", "compose: Grafana's datasource is not the Prometheus service")
    dash_mount = [str(v).split(":") for v in services["grafana"].get("volumes", []) if "grafana/dashboards" in str(v) or "../grafana" in str(v)]
    check(bool(dash_mount) and (cdir / dash_mount[0][0] / "wirefeed-dashboard.json").exists(),
          "compose: Grafana does not mount deploy/grafana with the dashboard")
    dash = yaml.safe_load((root / "deploy/grafana/wirefeed-dashboard.json").read_text())
    dsvar = [v for v in dash["templating"]["list"] if v["type"] == "datasource"]
    check(bool(dsvar) and dsvar[0]["current"]["value"] == ds["uid"], "compose: dashboard's default datasource uid differs from the provisioned one")
    return {"toml": toml_path, "env": env}


def dashboard_rules(root: Path, out: Path) -> Path:
    """Every dashboard query as a recording rule, so that `promtool check rules` parses its
    PromQL. Grafana's variables become plain values first."""
    subst = {"$__rate_interval": "5m", "$__interval": "1m", "$__range": "1h",
             '"$job"': '".*"', '"$instance"': '".*"'}
    rules = []
    for path in sorted((root / "deploy/grafana").glob("*.json")):
        dash = yaml.safe_load(path.read_text())
        panels = list(dash.get("panels", []))
        while panels:
            panel = panels.pop(0)
            panels.extend(panel.get("panels", []))
            for t in panel.get("targets", []):
                expr = t.get("expr", "")
                for k, v in subst.items():
                    expr = expr.replace(k, v)
                check("$" not in expr, f"{path.name}: panel {panel.get('title')!r} uses an unknown variable: {expr}")
                rules.append({"record": f"dashboard:panel_{panel.get('id')}_{t.get('refId', 'A')}", "expr": expr})
        check(len(rules) > 0, f"{path.name}: no queries")
    target = out / "dashboard-queries.rules.yaml"
    target.write_text(yaml.safe_dump({"groups": [{"name": "dashboard-queries", "rules": rules}]}, sort_keys=False))
    return target


def check_alerts(root: Path) -> None:
    """Every alert has a firing and a silent unit test, a severity, and a runbook section."""
    rules = yaml.safe_load((root / "deploy/prometheus/alerts.yaml").read_text())
    tests = yaml.safe_load((root / "deploy/prometheus/alerts_test.yaml").read_text())
    runbook = (root / "README.md").read_text()
    cases = [c for t in tests["tests"] for c in t.get("alert_rule_test", [])]
    for group in rules["groups"]:
        for rule in group["rules"]:
            name = rule.get("alert")
            if not name:
                continue
            mine = [c for c in cases if c["alertname"] == name]
            check(any(c.get("exp_alerts") for c in mine), f"alerts_test.yaml: no case where {name} fires")
            check(any(not c.get("exp_alerts") for c in mine), f"alerts_test.yaml: no case where {name} stays silent")
            check(rule.get("labels", {}).get("severity") in ("warning", "critical"), f"alerts.yaml: {name} needs a severity")
            check(f"### {name}\n" in runbook, f"README.md: no runbook section '### {name}'")
            check(rule.get("annotations", {}).get("runbook") == f"README.md#{name.lower()}",
                  f"alerts.yaml: {name}'s runbook annotation must be README.md#{name.lower()}")


def validate_with_binary(binary: str, toml: Path, env: dict[str, str], what: str) -> None:
    """`wirefeed process --config FILE --input /dev/null` loads and validates every setting."""
    run_env = {"PATH": os.environ.get("PATH", "")}
    run_env.update({k: v for k, v in env.items() if k.startswith("WIREFEED_") or k == "RUST_LOG"})
    r = subprocess.run([binary, "process", "--config", str(toml), "--input", "/dev/null"],
                       env=run_env, capture_output=True, text=True, timeout=60)
    check(r.returncode == 0, f"{what}: wirefeed rejects the settings:\n{r.stderr.strip()}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--rendered", action="append", default=[])
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    root, out = Path(args.root), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    values_path = root / "deploy/helm/wirefeed/values.yaml"
    values = yaml.safe_load(values_path.read_text())
    check_values_documented(values_path)

    charts = {}
    for spec in args.rendered:
        name, _, file = spec.partition("=")
        variant_values = dict(values)
        extra = root / "deploy/helm/wirefeed/ci" / f"{name}-values.yaml"
        if extra.exists():
            variant_values.update(yaml.safe_load(extra.read_text()) or {})
        charts[name] = check_chart(root, name, docs(Path(file).read_text()), variant_values, out)
        validate_with_binary(args.binary, charts[name]["toml"], {}, f"helm[{name}] wirefeed.toml")
    if "default" not in charts:
        problems.append("no --rendered default=FILE given")
        return report()
    default = charts["default"]
    check_dockerfile(root, default["uid"], default["port"])
    compose = check_compose(root, default, values)
    validate_with_binary(args.binary, compose["toml"], compose["env"], "compose wirefeed.toml + environment")
    dashboard_rules(root, out)
    check_alerts(root)
    return report()


def report() -> int:
    if problems:
        print("deploy check: FAILED", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print("deploy check: ok (Dockerfile, .dockerignore, Helm renders, compose, settings validated by wirefeed)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
