"""`sitrep spark extract`: the Spark job from the command line (pyspark is imported only when it runs)."""

from __future__ import annotations

import datetime as dt

import click

from sitrep.commands.common import (EXIT_CODES_HELP, EXIT_SOME_FAILED, backend_option, document_options,
                                    progress_console)


@click.group("spark")
def spark_command() -> None:
    """Code an archive on Spark with the same results as `sitrep extract` on one machine (needs pyspark and Java 17).

    Example: sitrep spark extract archive/ --output coded/ --master local[2]
    """


@spark_command.command("extract", epilog=EXIT_CODES_HELP)
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True,
              help="Output folder: a local path, or a URI pyarrow can write (s3://, s3a://, gs://, hdfs://).")
@document_options
@click.option("--text-column", default="text", show_default=True, help="Text column of Parquet inputs.")
@click.option("--master", help="Spark master, e.g. local[2] or yarn (default: spark-submit's, else local[*]).")
@click.option("--partitions", type=click.IntRange(min=1),
              help="Coding tasks (default: one per 64 documents, at least two per core, a multiple of the cores).")
@click.option("--include-background/--no-background", default=True, show_default=True,
              help="Also write events the article mentions as history or context (is_background).")
@backend_option(help_text="Extractor backend that codes the documents; the executors must know it too (built in, "
                          "or offered by a package they have installed; see docs/backends.md).")
def extract_command(
    inputs: tuple[str, ...],
    output: str,
    published: dt.date | None,
    source: str | None,
    url: str | None,
    country: str | None,
    text_column: str,
    master: str | None,
    partitions: int | None,
    include_background: bool,
    backend: str,
) -> None:
    """Code an archive on Spark and write its events, incidents and dead letters as Parquet.

    INPUTS are folders or files of .txt, .html, .jsonl, .warc(.gz), RSS/Atom feeds (full-text entries;
    nothing is fetched) and .parquet (with a text column).
    Under --output: events/ and incidents/ partitioned by country and month, incident_members/ and
    dead_letter/ (documents that could not be read or coded, with the reason). A re-run replaces them.

    Example: sitrep spark extract archive/ --output coded/ --master local[2]
    """
    from sitrep.errors import SitrepError
    from sitrep.spark.inputs import ReadOptions

    try:
        import pyspark  # noqa: F401 - only to say clearly what is missing
    except ImportError as exc:
        raise click.ClickException('pyspark is not installed: pip install -e ".[spark]" (and Java 17)') from exc
    from sitrep.spark.job import run, session

    options = ReadOptions(published=published, source=source, url=url, country=country, text_column=text_column)
    spark = session(master)
    try:
        report = run(spark, inputs, output, options, partitions=partitions, include_background=include_background,
                     backend=backend)
    except SitrepError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        spark.stop()
    progress_console().print(
        f"{report.documents} document(s) read, {report.documents - report.failed} coded into {report.events} "
        f"event(s) and {report.incidents} incident(s); "
        f"{report.failed} failed (see {output}/dead_letter); model loaded {report.model_loads} time(s) "
        f"in {report.worker_processes} worker process(es)", highlight=False, markup=False, soft_wrap=True,
    )
    if report.failed:
        click.get_current_context().exit(EXIT_SOME_FAILED)
