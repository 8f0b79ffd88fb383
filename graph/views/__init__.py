"""Interactive, offline HTML views of a diplograph network (pyvis / vis-network).

``write_views(G, out_dir)`` writes ``overview.html``, one ``ego/<country>.html`` per
country and ``index.html`` linking them, plus actor,
event, relations and period pages; see :mod:`diplograph.graph.views.site`. ``inline_view(G, "Japan")`` shows one
self-contained view in a notebook cell (:mod:`diplograph.graph.views.notebook`).
"""
from __future__ import annotations

from diplograph.graph.views.notebook import inline_view, view_page
from diplograph.graph.views.site import write_all_views, write_views

__all__ = ["inline_view", "view_page", "write_all_views", "write_views"]
