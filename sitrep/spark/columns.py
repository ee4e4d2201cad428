"""Spark's schema of an event, made from export's Arrow schema so both writers give the same columns and types."""

from __future__ import annotations

from typing import Any


def event_schema(extra: tuple[str, ...] = ()) -> Any:
    """The StructType of `sitrep.export.arrow_schema()`, plus `extra` string columns (e.g. partition keys)."""
    from pyspark.sql.types import StringType, StructField, StructType

    from sitrep.export import arrow_schema

    fields = [StructField(f.name, spark_type(f.type), nullable=True) for f in arrow_schema()]
    return StructType(fields + [StructField(name, StringType(), nullable=False) for name in extra])


def spark_type(arrow_type: Any) -> Any:
    """The Spark type of an Arrow type: the scalars, lists and structs export's schema uses."""
    import pyarrow as pa
    from pyspark.sql import types as T

    scalars = {pa.string(): T.StringType(), pa.int64(): T.LongType(), pa.float64(): T.DoubleType(),
               pa.bool_(): T.BooleanType(), pa.date32(): T.DateType()}
    if arrow_type in scalars:
        return scalars[arrow_type]
    if pa.types.is_list(arrow_type):
        return T.ArrayType(spark_type(arrow_type.value_type), containsNull=True)
    if pa.types.is_struct(arrow_type):
        return T.StructType([T.StructField(f.name, spark_type(f.type), nullable=True) for f in arrow_type])
    raise TypeError(f"no Spark type for the Arrow type {arrow_type}")
