"""sitrep: code conflict events from news articles into an ACLED-style, evidence-backed dataset.

Importing sitrep loads no model and no gazetteer: stages load their resources on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "extract_text", "extract_documents", "read_documents", "geoparse_text"]


def __getattr__(name: str):
    """Expose the public API lazily so `import sitrep` stays cheap."""
    if name in {"extract_text", "extract_documents", "read_documents", "geoparse_text"}:
        from sitrep import api

        return getattr(api, name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
