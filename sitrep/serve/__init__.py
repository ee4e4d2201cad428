"""`sitrep serve`: a read-only JSON API (OpenAPI described) and a web map over the event store, in one process.

`sitrep.serve.app.create_app` builds the ASGI application; `sitrep.serve.command` is the CLI verb.
Nothing here is imported until the verb runs, so the rest of sitrep does not pay for the web stack.
"""
