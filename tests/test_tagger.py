"""Our small Penn tagger (sitrep/data/models/tagger, distilled from en_core_web_sm's tagger for speed)
loads from the package, replaces the model's shared tok2vec on ordinary text, and gives the tags that
geoparsing and argument phrases read on sentences we wrote; all-caps copy keeps the model's tagger."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import sitrep
from sitrep import nlp
from sitrep.truecase import AllCapsCopy, lowered, truecase

GOLDEN = [
    ("Soldiers shelled the outskirts of Kidal on Sunday, the regional governor told reporters.",
     "NNS VBD DT NNS IN NNP IN NNP , DT JJ NN VBD NNS ."),
    ("Three farmers who were abducted near the border were freed by the army's special forces.",
     "CD NNS WP VBD VBN IN DT NN VBD VBN IN DT NN POS JJ NNS ."),
    ("Gunmen on motorcycles attacked a convoy carrying displaced families outside Mopti.",
     "NNS IN NNS VBD DT NN VBG VBN NNS IN NNP ."),
    ("A roadside bomb planted by suspected insurgents killed two policemen in Khost province.",
     "DT NN NN VBN IN VBN NNS VBD CD NNS IN NNP NN ."),
    ("Protesters marched through Nairobi and police fired tear gas at the crowd.",
     "NNS VBD IN NNP CC NNS VBD JJ NN IN DT NN ."),
]
"""Place names (NNP), participles after nouns (VBN, VBG), possessives (POS), and the determiners and
numbers that argument phrases drop."""


def test_the_pipeline_runs_our_tagger_from_the_package_and_not_the_shared_tok2vec() -> None:
    pipeline = nlp.load()
    assert pipeline.pipe_names == ["senter", "ner", nlp.SMALL_TAGGER]
    assert nlp.TAGGER_MODEL.is_relative_to(Path(sitrep.__file__).parent)
    assert (nlp.TAGGER_MODEL / "tagger" / "model").stat().st_size < 8_000_000


@pytest.mark.parametrize(("sentence", "tags"), GOLDEN)
def test_tags_the_readers_need_on_sentences_we_wrote(sentence: str, tags: str) -> None:
    assert " ".join(token.tag_ for token in nlp.parse(sentence)) == tags


def test_all_caps_copy_keeps_the_models_own_tagger() -> None:
    """The small tagger departs from the model's on lowered or truecased all-caps copy, which
    truecasing marks; such text, and text in capitals, is tagged as before."""
    caps = "GUERRILLAS ATTACKED THE POWER STATION IN SAN MIGUEL DEPARTMENT ON TUESDAY NIGHT."
    lower = lowered(caps)
    assert nlp.annotating(caps) == nlp.annotating(AllCapsCopy(lower)) == nlp.ANNOTATING_ALL_CAPS
    assert nlp.annotating(lower) == nlp.ANNOTATING
    assert isinstance(truecase(caps, nlp.parse), AllCapsCopy)
    teacher = spacy.load(nlp.MODEL_PACKAGE, exclude=["parser", "lemmatizer", "attribute_ruler", "ner"])
    assert [t.tag_ for t in nlp.parse(AllCapsCopy(lower))] == [t.tag_ for t in teacher(lower)]
