"""The colour of each node kind, shared by the HTML views and the Gephi exports.

The views (:mod:`diplograph.graph.views.render`) fill a node with its kind's colour; the
GraphML and GEXF exports (:mod:`diplograph.graph.analysis.exportgraph`) give it the same
colour, so a graph looks alike in the browser and in Gephi. The table lives here, below both.

>>> KIND_COLOURS["Country"], rgb(KIND_COLOURS["Country"])
('#f28e2b', (242, 142, 43))
>>> rgb(kind_colour("Unheard-of"))
(157, 157, 157)
"""
from __future__ import annotations

__all__ = ["KIND_COLOURS", "FALLBACK_COLOUR", "kind_colour", "rgb"]

KIND_COLOURS = {
    "Person": "#4e79a7", "Country": "#f28e2b", "Organization": "#59a14f",
    "Ministry": "#8cd17d", "NewsOutlet": "#b6992d", "PoliticalParty": "#a0cbe8", "Place": "#76b7b2", "Region": "#499894",
    "Meeting": "#b07aa1", "Talks": "#d4a6c8", "Summit": "#9467bd", "Visit": "#c5b0d5",
    "PhoneCall": "#ff9da7", "Agreement": "#9c755f", "Sanction": "#e15759",
    "Suspension": "#f1ce63", "MilitaryExercise": "#79706e", "Announcement": "#bab0ac",
    "PressConference": "#d37295", "Deployment": "#8c564b", "AirspaceViolation": "#bcbd22", "Interception": "#dbdb8d", "Protest": "#ff7f0e",
    "Expulsion": "#c49c94", "EntryBan": "#ad494a", "Seizure": "#6b6ecf", "MissileLaunch": "#843c39",
    "NuclearTest": "#5b1f1c", "Accession": "#17becf",
    "Event": "#a0a0c8",
}
FALLBACK_COLOUR = "#9d9d9d"


def kind_colour(kind: str | None) -> str:
    """The ``#rrggbb`` fill colour of a kind (:data:`FALLBACK_COLOUR` for an unknown one)."""
    return KIND_COLOURS.get(kind or "", FALLBACK_COLOUR)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three integers 0-255."""
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
