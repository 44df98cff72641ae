"""A ``newsfold worker`` child process, as the demo and the integration tests run it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import SecretStr

from newsfold.config import Settings


def settings_env(settings: Settings) -> dict[str, str]:
    """The environment that makes a child process read exactly ``settings``."""
    env = {"KAFKA_BOOTSTRAP_SERVERS": settings.kafka_bootstrap_servers, "DATABASE_URL": settings.database_url}
    for name, value in settings.model_dump().items():
        if name not in ("kafka_bootstrap_servers", "database_url") and value is not None:
            env[f"NEWSFOLD_{name.upper()}"] = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
    return env


@dataclass
class WorkerProcess:
    settings: Settings
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    extra_env: dict[str, str] = field(default_factory=dict)

    def start(self) -> WorkerProcess:
        env = {**os.environ, **settings_env(self.settings), **self.extra_env}
        log = open(self.log_path, "ab") if self.log_path else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsfold", "worker"], env=env, stdout=log, stderr=log, start_new_session=True
        )
        return self

    def readiness(self) -> dict | None:
        url = f"http://127.0.0.1:{self.settings.web_port}/ready"
        try:
            with urllib.request.urlopen(url, timeout=2) as resp:
                return json.loads(resp.read())
        except urllib.error.HTTPError as err:
            return json.loads(err.read() or b"{}")
        except OSError:
            return None

    def wait_ready(self, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"worker exited with {self.process.returncode} before it was ready")
            ready = self.readiness()
            if ready and ready.get("ready"):
                return
            time.sleep(0.2)
        raise TimeoutError(f"worker not ready after {timeout:.0f}s (last /ready: {self.readiness()})")

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self, timeout: float = 20.0) -> None:
        if not self.alive():
            return
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks run, as in a crash."""
        if self.alive():
            assert self.process is not None
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
