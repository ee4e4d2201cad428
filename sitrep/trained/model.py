"""How likely a text reports an ACLED event at all, and which sub-type: a calibrated gate on static embeddings.

The embeddings are distilled once from all-MiniLM-L6-v2 with model2vec (scripts/distill_embeddings.py)
and the classifiers fitted on our own written corpus (scripts/train_event_model.py); at run time this
is a WordPiece lookup, a mean over token rows and two small linear layers in numpy. Files load on
first use and stay cached; importing this module loads nothing.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from sitrep.errors import ModelError
from sitrep.trained import wordpiece

MODELS_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
EMBEDDINGS_DIR = MODELS_DIR / "event-embeddings"
MODEL_FILE = MODELS_DIR / "event-model.json"
MODEL_HINT = "the model files ship with sitrep; reinstall it, or rebuild them with scripts/distill_embeddings.py and scripts/train_event_model.py"
USER_MODEL_HINT = "pass a directory written by `sitrep train DATA --output DIR`"

DEFAULT_THRESHOLD = 0.5
"""Gate probability at or above which a text counts as reporting an event."""

_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class StaticEmbeddings:
    """A WordPiece vocabulary and one vector per token id."""

    vocab: dict[str, int]
    unk_id: int
    matrix: np.ndarray
    normalize: bool


@dataclass(frozen=True)
class EventModel:
    """Calibrated binary gate (logistic, or one ReLU hidden layer then logistic) and multinomial sub-type layer over `features`."""

    gate_hidden_weights: np.ndarray | None
    gate_hidden_bias: np.ndarray | None
    gate_weights: np.ndarray
    gate_bias: float
    platt_scale: float
    platt_shift: float
    subtype_labels: tuple[str, ...]
    subtype_weights: np.ndarray
    subtype_bias: np.ndarray


@functools.cache
def load_embeddings(directory: Path = EMBEDDINGS_DIR) -> StaticEmbeddings:
    """The distilled token embeddings and their vocabulary in `directory` (each read once)."""
    try:
        config = json.loads((directory / "config.json").read_text(encoding="utf-8"))
        tokenizer = json.loads((directory / "tokenizer.json").read_text(encoding="utf-8"))
        matrix = np.load(directory / "embeddings.npy").astype(np.float32)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the event embeddings from {directory}: {exc}", hint=MODEL_HINT) from exc
    vocab = tokenizer["model"]["vocab"]
    unk_id = vocab[tokenizer["model"]["unk_token"]]
    if matrix.shape[0] != len(vocab):
        raise ModelError(f"embedding rows ({matrix.shape[0]}) do not match the vocabulary ({len(vocab)})", hint=MODEL_HINT)
    return StaticEmbeddings(vocab=vocab, unk_id=unk_id, matrix=matrix, normalize=bool(config["normalize"]))


@functools.cache
def model_paths(model_dir: Path | str | None) -> tuple[Path, Path]:
    """The weights file and the embeddings folder of a model directory (None: the shipped model). A
    directory from `sitrep train` holds `event-model.json`; its `event-embeddings/` folder when it has
    one, else the shipped embeddings its weights were fitted on. Looked up once per directory: the gate
    asks for every document it screens."""
    if model_dir is None:
        return MODEL_FILE, EMBEDDINGS_DIR
    directory = Path(model_dir)
    weights = directory / MODEL_FILE.name
    if not weights.is_file():
        raise ModelError(f"{directory} holds no {MODEL_FILE.name}", hint=USER_MODEL_HINT)
    own = directory / EMBEDDINGS_DIR.name
    return weights, own if own.is_dir() else EMBEDDINGS_DIR


@functools.cache
def load_model(path: Path = MODEL_FILE) -> EventModel:
    """The fitted gate and sub-type weights in `path` (each read once)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the event model {path}: {exc}", hint=MODEL_HINT) from exc
    hidden = raw["gate"].get("hidden")
    return EventModel(
        gate_hidden_weights=np.asarray(hidden["weights"], dtype=np.float32) if hidden else None,
        gate_hidden_bias=np.asarray(hidden["bias"], dtype=np.float32) if hidden else None,
        gate_weights=np.asarray(raw["gate"]["weights"], dtype=np.float32),
        gate_bias=float(raw["gate"]["bias"]),
        platt_scale=float(raw["gate"]["platt_scale"]),
        platt_shift=float(raw["gate"]["platt_shift"]),
        subtype_labels=tuple(raw["subtype"]["labels"]),
        subtype_weights=np.asarray(raw["subtype"]["weights"], dtype=np.float32),
        subtype_bias=np.asarray(raw["subtype"]["bias"], dtype=np.float32),
    )


def embed(texts: Sequence[str], embeddings_dir: Path = EMBEDDINGS_DIR) -> np.ndarray:
    """Mean of the static token vectors of each text (a zero row for a text with no known token), float32 (n, dims)."""
    table = load_embeddings(embeddings_dir)
    out = np.zeros((len(texts), table.matrix.shape[1]), dtype=np.float32)
    for row, text in enumerate(texts):
        ids = [i for i in wordpiece.token_ids(text, table.vocab, table.unk_id) if i != table.unk_id]
        if ids:
            out[row] = table.matrix[ids].mean(axis=0)
    if table.normalize:
        out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-12
    return out


def lexical_features(texts: Sequence[str]) -> np.ndarray:
    """A few cheap surface features the mean vector blurs: length and whether numbers appear."""
    rows = []
    for text in texts:
        words = text.split()
        rows.append((np.log1p(len(words)) / 5.0, float(bool(_DIGITS.search(text)))))
    return np.asarray(rows, dtype=np.float32).reshape(len(texts), 2)


def features(texts: Sequence[str], embeddings_dir: Path = EMBEDDINGS_DIR) -> np.ndarray:
    """The classifier input: the mean embedding followed by the lexical features."""
    return np.hstack([embed(texts, embeddings_dir), lexical_features(texts)])


def _check_texts(texts: Sequence[str]) -> None:
    if isinstance(texts, str) or not all(isinstance(text, str) for text in texts):
        raise TypeError("texts must be a sequence of strings (wrap a single text in a list)")


def event_probability(texts: Sequence[str], model_dir: Path | str | None = None) -> list[float]:
    """Calibrated probability that each text reports a political-violence, protest or strategic event
    (by the shipped model, or the one `sitrep train` wrote to `model_dir`)."""
    _check_texts(texts)
    if not texts:
        return []
    weights, embeddings_dir = model_paths(model_dir)
    model = load_model(weights)
    inputs = features(texts, embeddings_dir)
    if model.gate_hidden_weights is not None:
        inputs = np.maximum(inputs @ model.gate_hidden_weights + model.gate_hidden_bias, 0.0)
    scores = inputs @ model.gate_weights + model.gate_bias
    calibrated = model.platt_scale * scores + model.platt_shift
    return [float(p) for p in 1.0 / (1.0 + np.exp(-calibrated))]


def subtype_probabilities(text: str, model_dir: Path | str | None = None) -> list[tuple[str, float]]:
    """ACLED sub-event types with their probabilities for one text, best first (assuming it is an event;
    a model from `sitrep train` knows the sub-types of its data)."""
    _check_texts([text])
    weights, embeddings_dir = model_paths(model_dir)
    model = load_model(weights)
    logits = features([text], embeddings_dir)[0] @ model.subtype_weights.T + model.subtype_bias
    logits -= logits.max()
    probabilities = np.exp(logits) / np.exp(logits).sum()
    order = np.argsort(-probabilities, kind="stable")
    return [(model.subtype_labels[i], float(probabilities[i])) for i in order]
