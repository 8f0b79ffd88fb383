"""RDF: a :class:`~diplograph.graph.fusion.fuse.Fusion` in, RDF out, and RDF read back.

- :mod:`~diplograph.graph.rdf.dataset`: the fusion as named graphs (one per article, the
  knowledge base, the fusion graph), written as N-Quads into a
  :class:`~diplograph.graph.rdf.graphfile.GraphFile` or as an rdflib Dataset.
- :mod:`~diplograph.graph.rdf.trig`, :mod:`~diplograph.graph.rdf.nquads`,
  :mod:`~diplograph.graph.rdf.jsonld`: one module per output format.
- :mod:`~diplograph.graph.rdf.union`: one reader over an rdflib Dataset, a pyoxigraph Store
  or a graph file, for the stages above.
- :mod:`~diplograph.graph.rdf.forked`: work done in a forked child, for large graphs.
"""
