"""`sitrep train`: build an event gate and sub-type model from your own coded data, for `--model DIR`."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("train")
@click.argument("data", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--output", "-o", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Directory to write the model to (event-model.json and MODEL_CARD.md).")
def train_command(data: tuple[Path, ...], output: Path) -> None:
    """Fit an event gate and sub-type layer on your own coded data and write a model directory.

    DATA are ACLED export CSV files (columns `notes` and `sub_event_type`) or JSONL files (fields
    `text` and `label` or `sub_event_type`). Rows that report no event (accidents, crime, politics,
    ...) carry the label `none` or an empty sub-type: the gate learns from both kinds. The model reads
    the static embeddings that ship with sitrep and needs numpy only. A fifth of the rows is held out
    to calibrate and measure it; the figures are in the generated MODEL_CARD.md.

    Example: sitrep train my_export.csv extra_non_events.jsonl --output my-model/

    Then: sitrep extract articles/ --model my-model/
    """
    from sitrep.errors import SitrepError
    from sitrep.trained import fit

    try:
        examples = fit.read_examples(data)
        payload = fit.train(examples)
        fit.write_model(payload, list(data), output)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    training = payload["training"]
    held = training["held_out"]
    measured = ", ".join(f"{name} {held[name]:.3f}" for name in ("gate_accuracy", "gate_ece", "subtype_weighted_f1")
                         if name in held) or "too few held-out rows to measure"
    click.echo(f"{training['rows']} rows ({training['events']} events, {training['non_events']} non-events); "
               f"held out: {measured}. Model written to {output}/ (use it with --model {output})")
