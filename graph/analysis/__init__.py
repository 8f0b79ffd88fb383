"""Analysis: RDF in, a networkx graph, its measures, the report, plots and exports out.

- :mod:`~diplograph.graph.analysis.network`: the article-backed entities and events as a
  networkx MultiGraph; :mod:`~diplograph.graph.analysis.links`: its nodes and links alone.
- :mod:`~diplograph.graph.analysis.measures`: centrality, communities, connections.
- :mod:`~diplograph.graph.analysis.report`, :mod:`~diplograph.graph.analysis.plots`: the
  build report (Markdown and HTML) and its figures.
- :mod:`~diplograph.graph.analysis.tables`, :mod:`~diplograph.graph.analysis.export`:
  GraphML, GEXF and CSV tables, and ``diplograph export``.
"""
