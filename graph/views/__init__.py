"""Interactive, offline HTML views of a diplograph network (pyvis / vis-network).

``write_views(G, out_dir)`` writes ``overview.html``, one ``ego/<country>.html`` per
country and ``index.html`` linking them, plus actor,
event, relations and period pages; see :mod:`diplograph.graph.views.site`.
"""
from __future__ import annotations

from diplograph.graph.views.site import write_all_views, write_views

__all__ = ["write_all_views", "write_views"]
