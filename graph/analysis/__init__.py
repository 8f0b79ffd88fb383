"""Analysis: RDF in, a networkx graph, its measures, the report, plots and exports out.

- :mod:`~diplograph.graph.analysis.network`: the article-backed entities and events as a
  networkx MultiGraph; :mod:`~diplograph.graph.analysis.links`: its nodes and links alone.
- :mod:`~diplograph.graph.analysis.measures`: centrality, communities, connections.
- :mod:`~diplograph.graph.analysis.report`, :mod:`~diplograph.graph.analysis.plots`: the
  build report (Markdown and HTML) and its figures.
- :mod:`~diplograph.graph.analysis.exportgraph`, :mod:`~diplograph.graph.analysis.tables`:
  the directed, weighted, coloured and dated graph for Gephi, as GraphML, GEXF and CSV;
  :mod:`~diplograph.graph.analysis.colours`: the kind colours the views share.
- :mod:`~diplograph.graph.analysis.eventtable`: GDELT-style tables, one row per event and
  one per pair of countries and year.
- :mod:`~diplograph.graph.analysis.export`: ``diplograph export`` in every format.
"""
