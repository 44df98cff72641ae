# syntax=docker/dockerfile:1
#
# newsfold worker image: `docker run newsfold` runs the Faust worker, `docker run newsfold db upgrade`
# runs the Alembic migrations. Configuration comes only from the environment (newsfold.config).

# ---- build: install the package (runtime dependencies only, no dev/embedded extras) into a venv -------
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

# A compiler for the rare dependency without a wheel for this platform; it stays in this stage.
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"

WORKDIR /src
# Exact versions with sha256 hashes (`make lock`), runtime dependencies only; then the package itself
# without resolving anything again.
COPY requirements-runtime.lock ./
RUN pip install --require-hashes -r requirements-runtime.lock
# README* is a glob so the build still works before the README exists (pyproject names it).
COPY pyproject.toml README* ./
# services/newsfold/resources/{migrations,schemas} are symlinks to these top-level directories: they
# must sit next to services/ for the wheel to carry the Alembic migrations and the JSON schemas.
COPY migrations/ migrations/
COPY schemas/ schemas/
COPY services/ services/
RUN pip install --no-deps .

# ---- runtime ------------------------------------------------------------------------------------------
FROM python:3.11-slim AS runtime

ENV PATH="/opt/venv/bin:$PATH" \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN groupadd --system --gid 10001 newsfold \
    && useradd --system --uid 10001 --gid newsfold --home-dir /app --shell /usr/sbin/nologin newsfold \
    && install -d -o newsfold -g newsfold /app

COPY --from=build /opt/venv /opt/venv

# The installed package carries the migrations and schemas (newsfold.paths); nothing else is copied.
# /app is the service user's writable working directory (e.g. for the Faust data directory).
WORKDIR /app
USER newsfold

EXPOSE 6066

HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/health' % os.environ.get('NEWSFOLD_WEB_PORT', '6066'), timeout=2)"]

ENTRYPOINT ["newsfold"]
CMD ["worker"]
