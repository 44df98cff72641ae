"""Operations: metrics, health and readiness, structured logs, the status report."""
