"""A learned event gate and sub-type scorer on static embeddings (numpy only at run time).

Public API lives in `sitrep.trained.model`; nothing is loaded at import.
"""
