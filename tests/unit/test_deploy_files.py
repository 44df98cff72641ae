"""The deployment files agree with the code they deploy.

``docker-compose.yml``, the ``Dockerfile``, Prometheus' scrape config and alert rules and the Grafana
provisioning are plain text that nothing type-checks; these tests cross-check them against
:class:`newsfold.config.Settings`, ``pyproject.toml`` and the metrics the worker exports, and against
each other (a container path in one file must be a mount in another, a job name in an alert must be a
scrape job, ...).
"""

from __future__ import annotations

import fnmatch
import importlib
import json
import os
import re
import tomllib
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from pydantic import AliasChoices, SecretStr
from sqlalchemy.engine import make_url

from newsfold.config import Settings

yaml = pytest.importorskip("yaml", reason="PyYAML comes with the dev extra")

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"
PROMETHEUS = ROOT / "deploy" / "prometheus" / "prometheus.yml"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yml"
GRAFANA_DATASOURCE = ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
GRAFANA_PROVIDER = ROOT / "deploy" / "grafana" / "provisioning" / "dashboards" / "newsfold.yml"
DASHBOARD = ROOT / "deploy" / "grafana" / "dashboards" / "newsfold.json"

WORKER_JOB = "newsfold-worker"

# The metrics the dashboard and the alerts are built on: name as queried -> (type, label names).
# The names, types and labels the checks use come from the ``newsfold.ops.metrics`` registry;
# this table is the fallback when that module does not exist, and the contract that
# test_worker_exports_the_metrics_the_deploy_files_expect holds the registry to.
EXPECTED_METRICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "newsfold_articles_consumed_total": ("counter", ()),
    "newsfold_events_emitted_total": ("counter", ("type",)),
    "newsfold_events_appended_total": ("counter", ("type",)),
    "newsfold_dead_letters_total": ("counter", ("reason",)),
    "newsfold_extraction_seconds": ("histogram", ()),
    "newsfold_publish_to_projected_seconds": ("histogram", ()),
    "newsfold_consumer_lag": ("gauge", ("topic", "partition")),
    "newsfold_projection_position": ("gauge", ()),
    "newsfold_event_store_head": ("gauge", ()),
    "newsfold_db_errors_total": ("counter", ()),
    "newsfold_db_retries_total": ("counter", ()),
    "newsfold_ready": ("gauge", ()),
}
# Labels Prometheus itself attaches (target labels) or that histograms carry.
TARGET_LABELS = frozenset({"instance", "job", "le"})
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")


# --------------------------------------------------------------------------------------------- helpers


def load_yaml(path: Path) -> Any:
    assert path.is_file(), f"{path.relative_to(ROOT)} is missing"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@cache
def compose() -> dict[str, Any]:
    return load_yaml(COMPOSE)


def service(name: str) -> dict[str, Any]:
    services = compose()["services"]
    assert name in services, f"docker-compose.yml has no service {name!r}"
    return services[name]


_COMPOSE_VAR = re.compile(
    r"\$\$|\$\{(?P<braced>[A-Za-z_][A-Za-z0-9_]*)(?:(?P<op>:?[-?+])(?P<arg>[^}]*))?\}|\$(?P<bare>[A-Za-z_]\w*)"
)


# The secrets compose requires (``${X:?message}``: no default password) and a stand-in value each.
REQUIRED_SECRETS = {
    "POSTGRES_PASSWORD": "owner-pw",
    "NEWSFOLD_DB_WRITER_PASSWORD": "writer-pw",
    "NEWSFOLD_DB_READER_PASSWORD": "reader-pw",
    "GRAFANA_ADMIN_PASSWORD": "grafana-pw",
}


def interpolate(value: Any) -> str:
    """Compose interpolation with every variable unset (``${X:-default}`` -> default, ``$$`` -> ``$``)
    but the required secrets (``${X:?message}`` -> :data:`REQUIRED_SECRETS`)."""

    def substitute(match: re.Match[str]) -> str:
        if match.group(0) == "$$":
            return "$"
        name = match.group("braced") or match.group("bare")
        op, arg = match.group("op"), match.group("arg")
        if op in (":-", "-"):
            return arg
        if op in (":?", "?"):
            assert name in REQUIRED_SECRETS, f"${{{name}}} is required: only secrets may be (REQUIRED_SECRETS)"
            assert arg.strip(), f"${{{name}:?}} needs a message saying what to set"
            return REQUIRED_SECRETS[name]
        return ""

    return _COMPOSE_VAR.sub(substitute, str(value))


def environment(svc: dict[str, Any]) -> dict[str, str]:
    env = svc.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(key): interpolate(value) for key, value in env.items()}


def argv(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    return [str(part) for part in value]


def mounts(svc: dict[str, Any]) -> list[tuple[str, str]]:
    """(source, container target) of each short-syntax or long-syntax volume."""
    result = []
    for volume in svc.get("volumes") or []:
        if isinstance(volume, dict):
            result.append((str(volume["source"]), str(volume["target"])))
        else:
            source, target, *_ = interpolate(volume).split(":")
            result.append((source, target))
    return result


def host_path(svc: dict[str, Any], container_path: str) -> Path:
    """The file in this repository that a bind mount shows at ``container_path`` inside ``svc``."""
    wanted = PurePosixPath(container_path)
    for source, target in mounts(svc):
        target_path = PurePosixPath(target)
        if source.startswith((".", "/")) and (wanted == target_path or target_path in wanted.parents):
            return (ROOT / source / wanted.relative_to(target_path)).resolve()
    raise AssertionError(f"{container_path} is not bind-mounted into the service")


def setting_env_names() -> dict[str, str]:
    """Environment variable -> Settings field, exactly as pydantic-settings reads them."""
    prefix = Settings.model_config.get("env_prefix", "")
    names: dict[str, str] = {}
    for field_name, info in Settings.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            choices = [choice for choice in alias.choices if isinstance(choice, str)]
        elif isinstance(alias, str):
            choices = [alias]
        else:
            choices = [f"{prefix}{field_name}"]
        for choice in choices:
            names[choice.upper()] = field_name
    return names


def settings_from(env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings as the container would build them from ``env`` (nothing leaks in from this process)."""
    for name in list(os.environ):
        if name.upper() in setting_env_names() or name.upper().startswith("NEWSFOLD_"):
            monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return Settings()


def default(field_name: str) -> Any:
    return Settings.model_fields[field_name].default


def container_port(svc: dict[str, Any], port: str | int) -> bool:
    return str(port) in {str(p).split("/")[0] for p in svc.get("expose") or []}


@cache
def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile as stages of (INSTRUCTION, arguments), continuation lines joined."""
    text = DOCKERFILE.read_text(encoding="utf-8")
    logical, current = [], ""
    for line in text.splitlines():
        if not current and line.lstrip().startswith("#"):
            continue
        if line.rstrip().endswith("\\"):
            current += line.rstrip()[:-1] + " "
            continue
        current += line
        if current.strip():
            logical.append(current.strip())
        current = ""
    stages: list[list[tuple[str, str]]] = []
    for line in logical:
        instruction, _, args = line.partition(" ")
        if instruction.upper() == "FROM":
            stages.append([])
        assert stages, "the Dockerfile must start with FROM"
        stages[-1].append((instruction.upper(), args.strip()))
    return stages


def instructions(stage: list[tuple[str, str]], name: str) -> list[str]:
    return [args for instruction, args in stage if instruction == name]


def exec_form(args: str) -> list[str]:
    assert args.startswith("["), f"use the exec (JSON) form, not the shell form: {args}"
    return json.loads(args)


def copy_sources(stage: list[tuple[str, str]]) -> list[tuple[list[str], str]]:
    """(sources, destination) of each COPY from the build context (not ``--from=``) in a stage."""
    result = []
    for args in instructions(stage, "COPY"):
        parts = [part for part in args.split() if not part.startswith("--chown") and not part.startswith("--chmod")]
        if any(part.startswith("--from") for part in parts):
            continue
        *sources, destination = parts
        result.append((sources, destination))
    return result


def _dockerignore_regex(pattern: str) -> re.Pattern[str]:
    """A .dockerignore pattern (Go filepath.Match plus ``**``) as a regex over a relative POSIX path."""
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        elif pattern[i] == "*":
            out, i = out + "[^/]*", i + 1
        elif pattern[i] == "?":
            out, i = out + "[^/]", i + 1
        else:
            out, i = out + re.escape(pattern[i]), i + 1
    return re.compile(out)


def dockerignored(path: str) -> bool:
    """Whether ``.dockerignore`` keeps ``path`` (relative, POSIX) out of the build context.

    A path is out when it or one of its parent directories matches; the last matching line wins, so
    ``!pattern`` lines re-include.
    """
    candidates = [path, *(str(parent) for parent in PurePosixPath(path).parents if str(parent) != ".")]
    ignored = False
    for raw in DOCKERIGNORE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negate = line.startswith("!")
        regex = _dockerignore_regex(line.lstrip("!").strip().strip("/"))
        if any(regex.fullmatch(candidate) for candidate in candidates):
            ignored = not negate
    return ignored


def series_names(name: str, kind: str) -> set[str]:
    if kind == "histogram":
        return {name + suffix for suffix in HISTOGRAM_SUFFIXES}
    if kind == "summary":
        return {name, name + "_sum", name + "_count"}
    return {name}


@cache
def exported_metrics() -> tuple[dict[str, tuple[str, tuple[str, ...]]], str]:
    """Metric name as queried (counters with ``_total``) -> (type, label names), and where it came from.

    From the registry of ``newsfold.ops.metrics`` when that module exists (a CollectorRegistry it
    defines, else the default registry it registered into), else :data:`EXPECTED_METRICS`.
    """
    try:
        module = importlib.import_module("newsfold.ops.metrics")
    except ModuleNotFoundError as exc:
        if exc.name not in ("newsfold.ops", "newsfold.ops.metrics"):
            raise  # the module exists but cannot be imported: that is a real failure
        module = None
    if module is not None:
        from prometheus_client import REGISTRY, CollectorRegistry
        from prometheus_client.metrics import MetricWrapperBase

        objects = [value for value in vars(module).values() if isinstance(value, MetricWrapperBase)]
        # prometheus-client has no public accessor for a metric's label names.
        label_names = {getattr(obj, "_name", None): tuple(getattr(obj, "_labelnames", ())) for obj in objects}
        registries = [value for value in vars(module).values() if isinstance(value, CollectorRegistry)]
        metrics: dict[str, tuple[str, tuple[str, ...]]] = {}
        for registry in registries or [REGISTRY]:
            for family in registry.collect():
                if family.name.startswith("newsfold_"):
                    name = family.name + ("_total" if family.type == "counter" else "")
                    labels = label_names.get(family.name, EXPECTED_METRICS.get(name, ("", ()))[1])
                    metrics[name] = (family.type, labels)
        if metrics:
            return metrics, "the newsfold.ops.metrics registry"
    return dict(EXPECTED_METRICS), "EXPECTED_METRICS"


def exported_series() -> tuple[frozenset[str], str]:
    metrics, source = exported_metrics()
    names: set[str] = set()
    for name, (kind, _labels) in metrics.items():
        names |= series_names(name, kind)
    return frozenset(names), source


def base_metric(series: str) -> str:
    """The metric a series belongs to (``x_bucket`` -> ``x`` for a histogram ``x``)."""
    metrics, _ = exported_metrics()
    if series in metrics:
        return series
    for suffix in HISTOGRAM_SUFFIXES:
        if series.endswith(suffix) and series.removesuffix(suffix) in metrics:
            return series.removesuffix(suffix)
    return series


_METRIC = re.compile(r"(?<![\w:\"'])(newsfold_[A-Za-z0-9_:]*)")
_GROUPING = re.compile(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\(([^)]*)\)")
_MATCHER = re.compile(r"([A-Za-z_]\w*)\s*(?:=~|!~|!=|=)\s*\"")
_LEGEND = re.compile(r"\{\{\s*([A-Za-z_]\w*)\s*\}\}")


def metrics_in(expr: str) -> set[str]:
    return set(_METRIC.findall(expr))


def labels_in(expr: str) -> set[str]:
    labels = set(_MATCHER.findall(expr))
    for group in _GROUPING.findall(expr):
        labels |= {label.strip() for label in group.split(",") if label.strip()}
    return labels


def check_expression(expr: str, where: str) -> list[str]:
    """Problems with one PromQL expression: unknown series, foreign labels, misused counters/histograms."""
    known, source = exported_series()
    problems = []
    allowed_labels = set(TARGET_LABELS)
    for series in metrics_in(expr):
        if series not in known:
            problems.append(f"{where}: {series} is not exported (per {source})")
        allowed_labels |= set(exported_metrics()[0].get(base_metric(series), ("", ()))[1])
    if "histogram_quantile" in expr and not re.search(r"by\s*\([^)]*\ble\b", expr):
        problems.append(f"{where}: histogram_quantile over an aggregation that drops `le`")
    if re.search(r"_total\b", expr) and not re.search(r"\b(?:rate|irate|increase)\(", expr):
        problems.append(f"{where}: a raw counter (use rate/increase)")
    if metrics_in(expr):
        for label in labels_in(expr) - allowed_labels:
            problems.append(f"{where}: label {label!r} is not a label of {sorted(metrics_in(expr))}")
    return problems


def prometheus_jobs() -> dict[str, dict[str, Any]]:
    return {job["job_name"]: job for job in load_yaml(PROMETHEUS)["scrape_configs"]}


def jobs_in(expr: str) -> set[str]:
    return set(re.findall(r"\bjob\s*=\s*\"([^\"]+)\"", expr))


@cache
def dashboard() -> dict[str, Any]:
    assert DASHBOARD.is_file(), "the Grafana dashboard JSON is missing"
    return json.loads(DASHBOARD.read_text(encoding="utf-8"))


def dashboard_panels() -> list[dict[str, Any]]:
    panels = []
    for panel in dashboard()["panels"]:
        panels.append(panel)
        panels.extend(panel.get("panels") or [])  # panels inside collapsed rows
    return panels


def dashboard_queries() -> list[tuple[str, dict[str, Any]]]:
    """(where, target) of every query of every panel, plus the template variables' queries."""
    queries = []
    for panel in dashboard_panels():
        for target in panel.get("targets") or []:
            queries.append((f"panel {panel.get('title')!r} target {target.get('refId')}", target))
    for variable in dashboard().get("templating", {}).get("list", []):
        query = variable.get("query")
        expr = query.get("query") if isinstance(query, dict) else query
        if variable.get("type") == "query" and expr:
            queries.append((f"variable {variable['name']!r}", {"expr": expr}))
    return queries


# ------------------------------------------------------------------------------- self-checks of helpers


def test_helpers_see_what_pydantic_settings_sees(monkeypatch: pytest.MonkeyPatch) -> None:
    names = setting_env_names()
    assert names["KAFKA_BOOTSTRAP_SERVERS"] == "kafka_bootstrap_servers"
    assert names["DATABASE_URL"] == "database_url"
    assert names["NEWSFOLD_WEB_PORT"] == "web_port"
    assert "NEWSFOLD_NO_SUCH_SETTING" not in names
    assert settings_from({"NEWSFOLD_WEB_PORT": "7077"}, monkeypatch).web_port == 7077
    assert interpolate("a${X:-b}c$${Y}${Z}") == "abc${Y}"
    assert interpolate("${POSTGRES_PASSWORD:?set it}") == REQUIRED_SECRETS["POSTGRES_PASSWORD"]
    assert check_expression("rate(newsfold_no_such_metric_total[1m])", "x")
    assert check_expression("sum by (colour) (rate(newsfold_dead_letters_total[1m]))", "x")
    assert not check_expression('sum by (reason) (rate(newsfold_dead_letters_total{job="j"}[1m]))', "x")


def test_worker_exports_the_metrics_the_deploy_files_expect() -> None:
    metrics, source = exported_metrics()
    if source == "EXPECTED_METRICS":
        pytest.skip("newsfold.ops.metrics registers no metrics yet")
    problems = [
        f"{name}: expected {kind} with labels {labels}, exported {metrics.get(name)}"
        for name, (kind, labels) in EXPECTED_METRICS.items()
        if metrics.get(name) != (kind, labels)
    ]
    assert not problems, "\n".join(problems)


# ------------------------------------------------------------------------------------------ compose


def test_compose_has_the_stack() -> None:
    assert {"kafka", "kafka-init", "postgres", "migrate", "worker", "prometheus", "grafana"} <= set(
        compose()["services"]
    )


@pytest.mark.parametrize("name", ["worker", "migrate"])
def test_every_env_var_of_newsfold_containers_is_a_setting(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = environment(service(name))
    known = setting_env_names()
    unknown = sorted(set(env) - set(known))
    assert not unknown, f"{name} sets variables that Settings silently ignores (extra='ignore'): {unknown}"
    assert {"KAFKA_BOOTSTRAP_SERVERS", "DATABASE_URL"} <= set(env)
    # Every value must also validate (a port that is not an int, a partition count of 0, ...).
    settings = settings_from(env, monkeypatch)
    for variable, value in env.items():
        setting = getattr(settings, known[variable])
        setting = setting.get_secret_value() if isinstance(setting, SecretStr) else str(setting)
        assert setting == value, f"{variable}={value!r} does not round-trip"


def test_worker_settings_point_at_the_compose_services(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from(environment(service("worker")), monkeypatch)
    kafka_env = environment(service("kafka"))
    advertised = {listener.split("://", 1)[1] for listener in kafka_env["KAFKA_ADVERTISED_LISTENERS"].split(",")}
    for server in settings.kafka_bootstrap_servers.split(","):
        assert server in advertised, f"worker bootstraps from {server}, kafka advertises {sorted(advertised)}"
        assert server.split(":")[0] in compose()["services"]

    url = make_url(settings.database_url)
    postgres_env = environment(service("postgres"))
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "postgres" and (url.port or 5432) == 5432
    assert url.database == postgres_env["POSTGRES_DB"]
    # The worker logs in as the writer role, with the password the migration gave it; only the
    # migration logs in as the owner.
    migrate_settings = settings_from(environment(service("migrate")), monkeypatch)
    assert url.username == migrate_settings.db_writer_role == settings.db_writer_role
    assert migrate_settings.db_writer_password is not None
    assert url.password == migrate_settings.db_writer_password.get_secret_value()
    assert migrate_settings.db_reader_password is not None
    owner = make_url(migrate_settings.database_url)
    assert owner.username == postgres_env["POSTGRES_USER"] != url.username
    assert owner.password == postgres_env["POSTGRES_PASSWORD"]
    assert (owner.host, owner.database) == (url.host, url.database)


def test_kafka_init_creates_the_topics_the_worker_uses(monkeypatch: pytest.MonkeyPatch) -> None:
    init = service("kafka-init")
    script = " ".join(argv(init.get("entrypoint")) + argv(init.get("command")))
    created = {}
    for line in interpolate(script).splitlines():
        if "--create" in line:
            topic = re.search(r"--topic[ =](\S+)", line)
            partitions = re.search(r"--partitions[ =](\d+)", line)
            assert topic and partitions, f"kafka-init: {line.strip()!r} must name --topic and --partitions"
            created[topic.group(1)] = int(partitions.group(1))
    defaults = {default("topic_articles"), default("topic_events"), default("topic_dlq")}
    assert set(created) == defaults
    settings = settings_from(environment(service("worker")), monkeypatch)
    assert {settings.topic_articles, settings.topic_events, settings.topic_dlq} == defaults
    assert set(created.values()) == {settings.topic_partitions}
    assert "kafka-topics.sh" in script
    assert init.get("image") == service("kafka")["image"], "kafka-init must use the broker's own tools"
    assert init["depends_on"]["kafka"]["condition"] == "service_healthy"


def kafka_init_topic_configs() -> dict[str, dict[str, str]]:
    """Topic -> the --config key=value pairs kafka-init creates it with."""
    init = service("kafka-init")
    script = interpolate(" ".join(argv(init.get("entrypoint")) + argv(init.get("command"))))
    configs = {}
    for line in script.splitlines():
        topic = re.search(r"--topic[ =](\S+)", line)
        if "--create" in line and topic:
            configs[topic.group(1)] = dict(re.findall(r"--config[ =]([\w.]+)=(\S+)", line))
    return configs


def test_a_dead_letter_of_any_accepted_article_fits_the_dlq(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker, not the broker, must reject oversized articles, and their dead letters must fit."""
    settings = settings_from(environment(service("worker")), monkeypatch)
    configs = kafka_init_topic_configs()
    broker_default = int(environment(service("kafka")).get("KAFKA_MESSAGE_MAX_BYTES", 1048588))
    articles_limit = int(configs[settings.topic_articles].get("max.message.bytes", broker_default))
    dlq_limit = int(configs[settings.topic_dlq].get("max.message.bytes", broker_default))
    assert articles_limit > settings.max_message_bytes, "oversized articles would never reach the worker"
    # newsfold.stream.dead_letters: original bytes in base64 (4/3) inside a small JSON wrapper.
    largest_dead_letter = articles_limit * 4 // 3 + 4096
    assert dlq_limit >= largest_dead_letter, (
        f"DLQ accepts {dlq_limit} bytes, a dead letter may be {largest_dead_letter}"
    )


def test_worker_is_scalable_and_healthchecked(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = service("worker")
    assert "container_name" not in worker, "a fixed container_name breaks --scale"
    assert not worker.get("ports"), "a host port mapping breaks --scale; use expose"
    port = default("web_port")
    assert container_port(worker, port), f"worker must expose {port}"
    assert settings_from(environment(worker), monkeypatch).web_port == port
    check = " ".join(argv(worker["healthcheck"]["test"]))
    assert "/health" in check and str(port) in check
    depends = worker["depends_on"]
    assert depends["migrate"]["condition"] == "service_completed_successfully"
    assert depends["kafka-init"]["condition"] == "service_completed_successfully"
    assert worker.get("build"), "worker must be built from the Dockerfile"


def test_commands_run_the_newsfold_cli() -> None:
    entrypoint = exec_form(instructions(dockerfile_stages()[-1], "ENTRYPOINT")[-1])
    worker, migrate = service("worker"), service("migrate")
    assert entrypoint + argv(worker["command"]) == ["newsfold", "worker"]
    assert entrypoint + argv(migrate["command"]) == ["newsfold", "db", "upgrade"]
    assert migrate["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert str(migrate.get("restart", "no")) == "no", "migrate is one-shot"
    assert worker.get("image") == migrate.get("image") and migrate.get("build")


def test_cli_has_the_commands_compose_runs() -> None:
    try:
        cli = importlib.import_module("newsfold.cli.main")
    except ModuleNotFoundError as exc:
        if exc.name in ("newsfold.cli", "newsfold.cli.main"):
            pytest.skip("newsfold.cli.main is not written yet")
        raise
    from typer.testing import CliRunner

    runner = CliRunner()
    for args in (argv(service("worker")["command"]), argv(service("migrate")["command"])):
        result = runner.invoke(cli.app, [*args, "--help"])
        assert result.exit_code == 0, f"`newsfold {' '.join(args)}` is not a command: {result.output}"


def test_kafka_is_a_single_kraft_node() -> None:
    kafka = service("kafka")
    image, _, tag = kafka["image"].partition(":")
    assert image == "apache/kafka" and tag and tag != "latest", "pin an apache/kafka version"
    env = environment(kafka)
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    node_id = env["KAFKA_NODE_ID"]
    voters = env["KAFKA_CONTROLLER_QUORUM_VOTERS"].split(",")
    assert voters == [f"{node_id}@kafka:9093"]
    assert "CONTROLLER://:9093" in env["KAFKA_LISTENERS"]
    assert "INTERNAL://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"].split(",")
    for name in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
        "KAFKA_DEFAULT_REPLICATION_FACTOR",
    ):
        assert env[name] == "1", f"{name} must be 1 on a single broker"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] in ("true", "false")
    assert any(target == env["KAFKA_LOG_DIRS"] for _, target in mounts(kafka)), "broker data must be a volume"
    assert kafka.get("healthcheck")


def test_postgres_is_16_with_a_volume_and_healthcheck() -> None:
    postgres = service("postgres")
    image, _, tag = postgres["image"].partition(":")
    assert image == "postgres" and tag.split(".")[0].split("-")[0] == "16"
    assert "pg_isready" in " ".join(argv(postgres["healthcheck"]["test"]))
    assert any(target == "/var/lib/postgresql/data" for _, target in mounts(postgres))


def test_volumes_and_dependencies_resolve() -> None:
    declared = set(compose().get("volumes") or {})
    services = compose()["services"]
    for name, svc in services.items():
        for source, _target in mounts(svc):
            if source.startswith((".", "/")):
                assert (ROOT / source).exists(), f"{name}: bind mount source {source} does not exist"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"
        depends = svc.get("depends_on") or {}
        for dependency in depends:
            assert dependency in services, f"{name} depends on unknown service {dependency}"
        if name not in ("kafka-init", "migrate"):
            assert svc.get("restart") in ("unless-stopped", "always"), f"{name} needs a restart policy"
            assert svc.get("healthcheck"), f"{name} needs a healthcheck"


# ----------------------------------------------------------------------------------------- Dockerfile


def test_dockerfile_runs_newsfold_as_non_root() -> None:
    stages = dockerfile_stages()
    assert all(instructions(stage, "FROM")[0].split()[0] == "python:3.11-slim" for stage in stages)
    final = stages[-1]
    assert exec_form(instructions(final, "ENTRYPOINT")[-1]) == ["newsfold"]
    assert exec_form(instructions(final, "CMD")[-1]) == ["worker"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert "newsfold" in scripts
    exposed = {port.split("/")[0] for args in instructions(final, "EXPOSE") for port in args.split()}
    assert exposed == {str(default("web_port"))}
    users = instructions(final, "USER")
    assert users and users[-1].split(":")[0] not in ("root", "0")
    healthcheck = instructions(final, "HEALTHCHECK")[-1]
    assert "urllib" in healthcheck and "/health" in healthcheck and str(default("web_port")) in healthcheck


def test_dockerfile_installs_the_package_without_extras() -> None:
    runs = [args for stage in dockerfile_stages() for args in instructions(stage, "RUN")]
    installs = [run for run in runs if "pip install" in run]
    assert any(re.search(r"pip install(?: --?[\w-]+)* \.(?:\s|$)", run) for run in installs)
    for run in installs:
        assert "[dev" not in run and "embedded" not in run and " -e " not in run


def test_build_context_has_what_the_build_needs() -> None:
    build = next(stage for stage in dockerfile_stages() if any("pip install" in r for r in instructions(stage, "RUN")))
    copies = copy_sources(build)
    sources = [source.rstrip("/") for sources, _ in copies for source in sources]
    for source in sources:
        assert not dockerignored(source), f"{source} is COPY'd but .dockerignore excludes it"
        assert "*" in source or (ROOT / source).exists(), f"COPY {source}: no such file"
    # pyproject's readme must reach the build (setuptools only warns when it is missing).
    readme = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"].get("readme")
    if isinstance(readme, str):
        assert any(fnmatch.fnmatchcase(readme, source) for source in sources)
        assert not dockerignored(readme)
    # The package's resources are symlinks to top-level directories (newsfold.paths): the build stage
    # must copy their targets at the same relative place or the wheel ships without migrations/schemas.
    for link in (ROOT / "services").rglob("*"):
        if link.is_symlink():
            target = link.resolve().relative_to(ROOT).as_posix()
            assert target in sources, f"{link.relative_to(ROOT)} -> {target}, which the build does not COPY"
            assert any(target in (s.rstrip("/") for s in srcs) and dest.rstrip("/") == target for srcs, dest in copies)
    for unwanted in (".venv", ".git", "tests", "services/newsfold.egg-info", "services/newsfold/__pycache__"):
        assert dockerignored(unwanted), f".dockerignore should exclude {unwanted}"


# ----------------------------------------------------------------------------------------- Prometheus


def test_prometheus_scrapes_every_worker_replica() -> None:
    config = load_yaml(PROMETHEUS)
    job = prometheus_jobs()[WORKER_JOB]
    assert job.get("metrics_path", "/metrics") == "/metrics"
    assert [sd["names"] for sd in job["dns_sd_configs"]] == [["worker"]], "discover the compose service"
    (sd,) = job["dns_sd_configs"]
    assert sd["type"] == "A" and sd["port"] == default("web_port")
    interval = job.get("scrape_interval", config["global"]["scrape_interval"])
    assert interval == "5s"
    timeout = job.get("scrape_timeout", config["global"].get("scrape_timeout", "10s"))
    assert int(timeout.rstrip("s")) <= int(interval.rstrip("s")), "scrape_timeout must not exceed the interval"
    assert "static_configs" not in job, "static targets would not follow --scale"


def test_prometheus_files_are_where_the_container_reads_them() -> None:
    prometheus = service("prometheus")
    command = " ".join(argv(prometheus.get("command")))
    config_path = re.search(r"--config\.file=(\S+)", command)
    assert config_path and host_path(prometheus, config_path.group(1)) == PROMETHEUS.resolve()
    rule_files = load_yaml(PROMETHEUS)["rule_files"]
    assert ALERTS.resolve() in {host_path(prometheus, path) for path in rule_files}
    assert "127.0.0.1:9090:9090" in [interpolate(port) for port in prometheus.get("ports", [])]


def test_alert_rules_query_real_metrics() -> None:
    groups = load_yaml(ALERTS)["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    alerts = {rule["alert"]: rule for rule in rules}
    assert len(alerts) == len(rules), "alert names must be unique"
    problems = []
    for name, rule in alerts.items():
        problems += check_expression(rule["expr"], f"alert {name}")
        problems += [f"alert {name}: no scrape job {job!r}" for job in jobs_in(rule["expr"]) - set(prometheus_jobs())]
        assert rule["labels"]["severity"] in ("info", "warning", "critical")
        assert rule["annotations"]["summary"]
    assert not problems, "\n".join(problems)
    queried = {base_metric(m) for rule in rules for m in metrics_in(rule["expr"])}
    for needed in (
        "newsfold_dead_letters_total",
        "newsfold_consumer_lag",
        "newsfold_db_errors_total",
        "newsfold_projection_position",
        "newsfold_event_store_head",
    ):
        assert needed in queried, f"no alert on {needed}"
    assert any(re.search(rf'\bup\{{job="{WORKER_JOB}"', rule["expr"]) for rule in rules), "no worker-down alert"


# -------------------------------------------------------------------------------------------- Grafana


def test_grafana_datasource_is_the_prometheus_service() -> None:
    (datasource,) = load_yaml(GRAFANA_DATASOURCE)["datasources"]
    assert datasource["type"] == "prometheus"
    prometheus_port = next(p.split(":")[-1] for p in map(interpolate, service("prometheus")["ports"]))
    assert datasource["url"] == f"http://prometheus:{prometheus_port}"
    scrape_interval = load_yaml(PROMETHEUS)["global"]["scrape_interval"]
    assert datasource["jsonData"]["timeInterval"] == scrape_interval
    grafana = service("grafana")
    assert host_path(grafana, "/etc/grafana/provisioning/datasources/prometheus.yml") == GRAFANA_DATASOURCE.resolve()


def test_grafana_loads_the_dashboard() -> None:
    grafana = service("grafana")
    assert host_path(grafana, "/etc/grafana/provisioning/dashboards/newsfold.yml") == GRAFANA_PROVIDER.resolve()
    (provider,) = load_yaml(GRAFANA_PROVIDER)["providers"]
    assert host_path(grafana, provider["options"]["path"]) == DASHBOARD.parent.resolve()
    home = environment(grafana).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
    if home:
        assert host_path(grafana, home) == DASHBOARD.resolve()


def test_dashboard_queries_real_metrics_through_the_provisioned_datasource() -> None:
    board = dashboard()
    assert board["uid"] and board["title"]
    (datasource,) = load_yaml(GRAFANA_DATASOURCE)["datasources"]
    queries = dashboard_queries()
    assert len(queries) >= 15
    problems = []
    for where, target in queries:
        expr = target["expr"]
        problems += check_expression(expr, where)
        problems += [f"{where}: no scrape job {job!r}" for job in jobs_in(expr) - set(prometheus_jobs())]
        legend_labels = set(_LEGEND.findall(target.get("legendFormat", "")))
        grouped = {label.strip() for group in _GROUPING.findall(expr) for label in group.split(",")}
        if grouped and legend_labels - grouped:
            problems.append(f"{where}: legend uses {sorted(legend_labels - grouped)}, which the query drops")
    owners = [(f"panel {panel.get('title')!r}", panel) for panel in dashboard_panels()]
    owners += [(f"variable {v.get('name')!r}", v) for v in board.get("templating", {}).get("list", [])]
    for where, owner in owners:
        for ref in [owner.get("datasource"), *(t.get("datasource") for t in owner.get("targets") or [])]:
            if isinstance(ref, dict) and ref.get("type") == "prometheus" and ref.get("uid") != datasource["uid"]:
                problems.append(f"{where}: datasource uid {ref.get('uid')!r}")
    assert not problems, "\n".join(problems)


def test_dashboard_covers_every_metric() -> None:
    queried = {base_metric(m) for _, target in dashboard_queries() for m in metrics_in(target["expr"])}
    metrics, source = exported_metrics()
    missing = set(metrics) - queried
    assert not missing, f"no panel shows {sorted(missing)} (exported per {source})"
    exprs = [target["expr"] for _, target in dashboard_queries()]
    quantiles = {
        (float(m.group(1)), m.group(2))
        for expr in exprs
        for m in re.finditer(r"histogram_quantile\(\s*([0-9.]+)\s*,.*?(newsfold_\w+)_bucket", expr)
    }
    assert {(0.5, "newsfold_extraction_seconds"), (0.99, "newsfold_extraction_seconds")} <= quantiles
    assert (0.99, "newsfold_publish_to_projected_seconds") in quantiles


def test_dashboard_layout_is_valid() -> None:
    panels = dashboard_panels()
    ids = [panel["id"] for panel in panels]
    assert len(ids) == len(set(ids)), "panel ids must be unique"
    for panel in panels:
        grid = panel["gridPos"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 24, f"panel {panel['title']!r} overflows the grid"
        if panel["type"] != "row":
            assert panel.get("targets"), f"panel {panel['title']!r} has no query"


# ------------------------------------------------------------------------------------ hardening


def test_no_default_passwords() -> None:
    """Every password in compose comes from the environment, required, without a default."""
    raw = COMPOSE.read_text(encoding="utf-8")
    for name in REQUIRED_SECRETS:
        assert re.search(r"\$\{" + name + r":\?[^}]+\}", raw), f"{name} must be ${{{name}:?message}}"
        assert not re.search(r"\$\{" + name + r":?-", raw), f"{name} has a default"
    for svc_name, svc in compose()["services"].items():
        for variable, value in (svc.get("environment") or {}).items():
            if "PASSWORD" in variable:
                assert "${" in str(value) and ":?" in str(value), f"{svc_name}: {variable} is not required from the env"


def test_host_ports_are_bound_to_loopback_unless_asked() -> None:
    for svc_name, svc in compose()["services"].items():
        for port in svc.get("ports") or []:
            assert str(port).startswith("${NEWSFOLD_BIND:-127.0.0.1}:"), f"{svc_name}: {port} binds every interface"
            assert interpolate(port).startswith("127.0.0.1:")


def test_prometheus_has_no_lifecycle_api() -> None:
    assert not any("enable-lifecycle" in arg for arg in argv(service("prometheus").get("command")))


def test_grafana_has_no_anonymous_access_and_no_default_admin() -> None:
    env = environment(service("grafana"))
    assert env.get("GF_AUTH_ANONYMOUS_ENABLED", "false") == "false"
    assert "GF_AUTH_ANONYMOUS_ORG_ROLE" not in env
    assert env["GF_SECURITY_ADMIN_PASSWORD"] == REQUIRED_SECRETS["GRAFANA_ADMIN_PASSWORD"]


def test_only_the_migration_logs_in_as_the_owner(monkeypatch: pytest.MonkeyPatch) -> None:
    owner = environment(service("postgres"))["POSTGRES_USER"]
    for name in ("worker", "migrate"):
        url = make_url(settings_from(environment(service(name)), monkeypatch).database_url)
        assert (url.username == owner) == (name == "migrate"), f"{name} logs in as {url.username}"
