"""The service layer: use cases that the stream agents and the CLI share.

Each function here orchestrates the domain and the store for one job (ingest an article,
fold a batch of events, re-extract, rebuild) and knows nothing about Faust or typer.
"""
