"""The `sitrep` command: a thin layer over sitrep.api; each verb lives in sitrep/commands/."""

from __future__ import annotations

import importlib

import click

COMMANDS: dict[str, str] = {
    "actors": "sitrep.commands.actors",
    "extract": "sitrep.commands.extract",
    "geoparse": "sitrep.commands.geoparse",
    "gazetteer": "sitrep.commands.gazetteer",
    "eval": "sitrep.commands.evaluate",
    "ingest": "sitrep.commands.store",
    "events": "sitrep.commands.store",
    "incident": "sitrep.commands.store",
    "stats": "sitrep.commands.store",
    "recode": "sitrep.commands.manage",
    "delete": "sitrep.commands.manage",
    "serve": "sitrep.serve.command",
    "spark": "sitrep.spark.command",
    "train": "sitrep.commands.train",
}
"""Verb -> module defining a click command of that name (as attribute `<verb>_command`)."""


class LazyGroup(click.Group):
    """Imports a verb's module only when that verb runs, so `sitrep --help` stays fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module_name = COMMANDS.get(name)
        if module_name is None:
            return None
        module = importlib.import_module(module_name)
        return getattr(module, f"{name}_command")


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="sitrep")
def main() -> None:
    """Code conflict events from news articles: what, who, where, when, how many, and from which sentence.

    Example: sitrep extract article.html --published 2020-04-05 --source SouthFront
    """
