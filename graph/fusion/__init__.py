"""Fusion: many articles' facts (:class:`~diplograph.extract.model.ArticleFacts`) in, one
:class:`~diplograph.graph.fusion.fuse.Fusion` out.

- :mod:`~diplograph.graph.fusion.entities`: entity keys' IRI slugs and kinds.
- :mod:`~diplograph.graph.fusion.resolve`: names found only in articles resolved across
  articles and spellings.
- :mod:`~diplograph.graph.fusion.conflicts`: what sources say differently.
- :mod:`~diplograph.graph.fusion.relations`: country-pair relations per year and quad class.
- :mod:`~diplograph.graph.fusion.blocking`: which clusters an event report is compared with.
- :mod:`~diplograph.graph.fusion.fuse`: the clustering of event reports and the whole step.
"""
