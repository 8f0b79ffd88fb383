"""diplograph's graph stage: the articles' facts in, one fused RDF graph, its store, its
analysis and its views out.

The subpackages are the floors of the stage, each importing only the ones below it:

1. :mod:`~diplograph.graph.fusion`: every article's facts -> one account with one node per
   entity and event, conflicts between sources, the country-relations layer.
2. :mod:`~diplograph.graph.rdf`: the fused account -> RDF (N-Quads, TriG, JSON-LD) and
   back: a reader answering the same over rdflib, pyoxigraph or a build's graph file.
3. :mod:`~diplograph.graph.store`: RDF -> a pyoxigraph store (in memory or a persistent
   folder), SPARQL queries, the shipped queries, the read-only endpoint.
4. :mod:`~diplograph.graph.analysis`: RDF -> a networkx graph, its measures, the report,
   plots and exports (GraphML, GEXF, CSV).
5. :mod:`~diplograph.graph.views`: the networkx graph -> interactive offline HTML pages.

On top, :mod:`~diplograph.graph.build` runs them all for a corpus and
:mod:`~diplograph.graph.cli` is the command line over the build and the store.
"""
