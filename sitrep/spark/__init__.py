"""sitrep on Spark: code an archive across a cluster with the same events as `sitrep extract` on one machine.

`inputs` lists and reads the documents, `coding` codes them inside tasks, `incidents` merges
reports of one event with the store's rules, `columns` gives Spark export's event columns, `job`
runs the whole job and writes Parquet, `command` is the `sitrep spark` verb. Only these modules
import pyspark, and only when a job runs.
"""
