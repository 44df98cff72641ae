"""The shipped Prometheus files, checked by the real promtool (Debian's ``prometheus`` package).

``make test`` installs promtool first (``make tools``); these tests skip, saying why, only
where it could not be installed. The config is checked as the compose container reads it:
``/etc/prometheus/`` is ``deploy/prometheus/`` (test_deploy_files checks that mount).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

PROMETHEUS_DIR = Path(__file__).resolve().parents[2] / "deploy" / "prometheus"
CONTAINER_DIR = "/etc/prometheus/"
PROMTOOL = shutil.which("promtool")

pytestmark = pytest.mark.skipif(
    PROMTOOL is None,
    reason="promtool not installed: `make tools` installs it (apt-get install prometheus, as root)",
)


def promtool(*args: str, cwd: Path = PROMETHEUS_DIR) -> str:
    assert PROMTOOL is not None
    done = subprocess.run([PROMTOOL, *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"promtool {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout + done.stderr


def test_scrape_config_is_valid_with_its_rule_files(tmp_path: Path) -> None:
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text(encoding="utf-8"))
    assert config["rule_files"], "prometheus.yml loads no rule files"
    config["rule_files"] = [
        str(PROMETHEUS_DIR / path.removeprefix(CONTAINER_DIR)) if path.startswith(CONTAINER_DIR) else path
        for path in config["rule_files"]
    ]
    local = tmp_path / "prometheus.yml"
    local.write_text(yaml.safe_dump(config), encoding="utf-8")
    out = promtool("check", "config", str(local))
    assert "rule files found" in out and "alerts.yml" in out


def test_alert_rules_are_valid() -> None:
    out = promtool("check", "rules", "alerts.yml")
    assert "SUCCESS" in out


def test_main_alerts_fire_when_they_should_and_only_then() -> None:
    tests = yaml.safe_load((PROMETHEUS_DIR / "alerts_test.yml").read_text(encoding="utf-8"))
    tested = {case["alertname"] for test in tests["tests"] for case in test.get("alert_rule_test", [])}
    assert {
        "NewsfoldWorkerDown",
        "NewsfoldConsumerLagGrowing",
        "NewsfoldDeadLettersRising",
        "NewsfoldDatabaseErrors",
    } <= tested
    promtool("test", "rules", "alerts_test.yml")


def test_a_broken_alert_fails_its_unit_test(tmp_path: Path) -> None:
    """The unit tests can fail: with the worker-down threshold changed, promtool reports it."""
    for name in ("alerts.yml", "alerts_test.yml"):
        shutil.copy(PROMETHEUS_DIR / name, tmp_path / name)
    rules = tmp_path / "alerts.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("for: 1m", "for: 10m", 1), encoding="utf-8")
    assert PROMTOOL is not None
    done = subprocess.run([PROMTOOL, "test", "rules", "alerts_test.yml"], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode != 0
