"""Store and SPARQL: RDF (a graph file or rdflib Dataset) in, pyoxigraph stores and query
answers out.

- :mod:`~diplograph.graph.store.load`: a graph file or Dataset into an in-memory store.
- :mod:`~diplograph.graph.store.diskstore`: the persistent store that builds grow.
- :mod:`~diplograph.graph.store.access`: open either as a Store or an rdflib Dataset, query it.
- :mod:`~diplograph.graph.store.query`: running SPARQL, the shipped queries (``queries/``),
  result formats.
- :mod:`~diplograph.graph.store.endpoint`, :mod:`~diplograph.graph.store.push`: the
  read-only SPARQL endpoint and pushing to a Graph Store Protocol server.
"""
