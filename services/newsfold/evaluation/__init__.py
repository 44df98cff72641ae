"""Evaluation: score extractor output against gold corpora (see ``shared/corpus/README.md``)."""

from .predict import load_corpus, predict_rows, read_jsonl
from .scoring import Report, normalize_name, score

__all__ = ["Report", "load_corpus", "normalize_name", "predict_rows", "read_jsonl", "score"]
