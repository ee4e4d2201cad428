"""The job's Parquet, written by the Python workers with sitrep's own writer and committed by the driver.

Every part of the output (events, incidents, incident_members, dead_letter) is first written under a staging
folder inside the output (`_staging-<run>/<part>/`) by Spark tasks that call `sitrep.export.write_events`, the
writer of `sitrep events --format parquet`, so the columns, their types and the schema's metadata are that
export's by construction, and no row passes through Spark's JVM. When every part is written, the driver swaps
each part's folder for its staged one (delete, then rename), so a run that fails leaves the previous output as
it was and a re-run leaves nothing of the last one. Event and incident folders are named as Spark's
`partitionBy` names them (`partition_folder`), one file per folder written by the task that holds the folder.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterable, Iterator
from itertools import chain, groupby, islice
from typing import Any

from sitrep.schema import Event

SPARK_ESCAPED = frozenset([chr(code) for code in range(1, 0x20)] + list('"#%\'*/:=?\\\x7f{[]^'))
"""Characters Spark escapes as %XX in a partition folder's value (its `ExternalCatalogUtils.escapePathName`)."""
MEMBER_COLUMNS = ("incident_id", "event_id")
SUCCESS_MARKER = "_SUCCESS"
"""The empty file Spark's committer leaves in a written folder, kept so tools that wait for it still work."""


def escape_path_name(value: str) -> str:
    """A partition value as Spark writes it in a folder name: its special characters as %XX, the rest as is."""
    return "".join(f"%{ord(ch):02X}" if ch in SPARK_ESCAPED else ch for ch in value)


def partition_folder(event: Event) -> str:
    """The folder, relative to events/ or incidents/, that an event is written under: by_country=C/by_month=M."""
    from sitrep.spark.coding import partition_keys

    return "/".join(f"{key}={escape_path_name(value)}" for key, value in partition_keys(event).items())


def filesystem(output: str) -> tuple[Any, str]:
    """The pyarrow file system of an output folder (a path, or a URI pyarrow knows; s3a:// and s3n:// are S3)
    and the folder's path on it: a local path is made absolute on the driver, where the job was started."""
    from pyarrow import fs

    if "://" not in output:
        return fs.LocalFileSystem(), os.path.abspath(output)
    scheme, rest = output.split("://", 1)
    scheme = "s3" if scheme in ("s3a", "s3n") else scheme
    return fs.FileSystem.from_uri(f"{scheme}://{rest}")


class StagedOutput:
    """An output folder whose parts are written under a staging folder and swapped in together by `commit`."""

    def __init__(self, output: str) -> None:
        self.fs, self.root = filesystem(output.rstrip("/"))
        self.staging = f"{self.root}/_staging-{uuid.uuid4().hex}"

    def staged(self, part: str) -> str:
        """Where tasks write `part` before the commit."""
        return f"{self.staging}/{part}"

    def commit(self, parts: Iterable[str]) -> None:
        """Replace each part's folder by its staged one (marked done as Spark marks it), then drop the staging."""
        from pyarrow.fs import FileType

        for part in parts:
            staged, final = self.staged(part), f"{self.root}/{part}"
            self.fs.create_dir(staged)
            self.fs.open_output_stream(f"{staged}/{SUCCESS_MARKER}").close()
            if self.fs.get_file_info(final).type != FileType.NotFound:
                self.fs.delete_dir(final)
            self._move_folder(staged, final)
        self.discard()

    def _move_folder(self, source: str, target: str) -> None:
        """Rename a folder; on stores that cannot rename a folder (S3, GCS), move its files one by one."""
        from pyarrow.fs import FileSelector, FileType

        try:
            self.fs.move(source, target)
        except (NotImplementedError, OSError):
            for info in self.fs.get_file_info(FileSelector(source, recursive=True)):
                if info.type == FileType.File:
                    self.fs.move(info.path, target + info.path[len(source):])

    def discard(self) -> None:
        """Remove the staging folder and whatever is left in it."""
        from pyarrow.fs import FileType

        if self.fs.get_file_info(self.staging).type != FileType.NotFound:
            self.fs.delete_dir(self.staging)


def write_folders(index: int, items: Iterable[tuple[tuple[str, str], Any]], filesystem: Any, root: str,
                  members_root: str | None = None, rows_per_file: int = 0) -> Iterator[int]:
    """Write one write task's events, sorted by (folder, event id), as Parquet under `root`: one file per folder,
    or one per `rows_per_file` rows when that is set (Spark's `spark.sql.files.maxRecordsPerFile`); yields how
    many rows it wrote. The events stream through: a big folder is never held whole.

    An item's value is an event, or, with `members_root`, an incident's (merged event, member event ids): the
    task then also writes its incidents' (incident_id, event_id) pairs, sorted, to one file under `members_root`
    (task 0 always, so the folder always holds the schema)."""
    from sitrep.export import write_events

    written = 0
    members: list[tuple[str, str]] = []

    def event_of(value: Any) -> Event:
        if members_root is None:
            return value
        event, ids = value
        members.extend((event.event_id, member) for member in ids)
        return event

    for folder, group in groupby(items, key=lambda item: item[0][0]):
        filesystem.create_dir(f"{root}/{folder}")
        events = (event_of(value) for _, value in group)
        for chunk, rows in enumerate(runs(events, rows_per_file)):
            with filesystem.open_output_stream(f"{root}/{folder}/{part_name(index, chunk)}") as stream:
                written += write_events(rows, "parquet", stream)
    if members_root is not None and (members or index == 0):
        write_table(sorted(members), MEMBER_COLUMNS, filesystem, f"{members_root}/{part_name(index)}")
    yield written


def runs(items: Iterable[Any], size: int) -> Iterator[Iterator[Any]]:
    """The items in consecutive runs of at most `size` (one run when `size` is 0), each consumed before the next."""
    items = iter(items)
    for first in items:
        yield chain([first], islice(items, size - 1) if size else items)


def write_table(rows: list[tuple[str | None, ...]], columns: tuple[str, ...], filesystem: Any, path: str) -> None:
    """Write rows of string columns as one Parquet file (the incident members, the dead letters)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([pa.field(name, pa.string()) for name in columns])
    table = pa.Table.from_arrays([pa.array([row[i] for row in rows], pa.string()) for i in range(len(columns))],
                                 schema=schema)
    filesystem.create_dir(path.rsplit("/", 1)[0])
    with filesystem.open_output_stream(path) as stream:
        pq.write_table(table, stream)


def part_name(index: int, chunk: int = 0) -> str:
    """A write task's `chunk`th file in a folder: tasks own disjoint folders, so the task's number names it."""
    return f"part-{index:05d}-c{chunk:03d}.parquet"
