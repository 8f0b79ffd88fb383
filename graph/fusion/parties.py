"""Events too thin for their kind: a meeting or a call needs two parties.

The ontology says how many distinct parties an event of a kind has at least
(``dg:minParties``: a meeting and a phone call take two). A fused event whose reports
together name fewer is no such event: "talks during a meeting between officials" that
names one side, "the summit hosted by X" read as X's meeting, a call whose other side the
sentence did not attach. Fusion keeps none of them; the reports that name both sides keep
theirs, wherever they come from.

A person and their own country count as one party, and so do a state's body and its state:
"Putin met in Moscow" names one party, "Putin met Lavrov" two. A body of no state (NATO, the
G20) gathers several: "a NATO meeting in Vilnius" keeps its meeting. A summit takes no least
number: its host may hold it for others the sentence leaves unnamed.
"""
from __future__ import annotations

from functools import lru_cache

from diplograph.ontology.kb import load_kb
from diplograph.ontology.namespace import DG
from diplograph.ontology.validate import ontology_graph

from diplograph.graph.fusion.sides import countries_of, states

__all__ = ["count_parties", "min_parties", "parties", "too_few_parties"]


@lru_cache(maxsize=1)
def min_parties() -> dict[str, int]:
    """Event kind -> the fewest parties its events have, from the ontology.

    >>> min_parties()["Meeting"], "Sanction" in min_parties()
    (2, False)
    """
    g = ontology_graph()
    prefix = str(DG._NS)
    return {str(s)[len(prefix):]: int(o) for s, o in g.subject_objects(DG.minParties)}


def parties(actors, people) -> set:
    """The distinct parties of an event: its people, and its states and bodies that are none
    of its people's own countries (a body counted as its state).

    >>> sorted(parties(["vladimir-putin", "russia"], {"vladimir-putin"}))
    ['vladimir-putin']
    >>> sorted(parties(["vladimir-putin", "japan-ministry-of-foreign-affairs"], {"vladimir-putin"}))
    ['japan', 'vladimir-putin']
    """
    people = set(people)
    return people | (states(set(actors) - people) - countries_of(people))


def count_parties(actors, people) -> int:
    """How many parties an event names: a body of no state the knowledge base knows (NATO,
    the G20) gathers several, so it counts as two.

    >>> count_parties(["nato"], set()), count_parties(["romania"], set())
    (2, 1)
    """
    kb = load_kb()
    return sum(2 if _gathers_states(kb, p) else 1 for p in parties(actors, people))


def _gathers_states(kb, key: str) -> bool:
    known = kb.by_slug(key) if isinstance(key, str) else None
    return known is not None and known.cls == DG.Organization and kb.country_slug(key) is None


def too_few_parties(kind: str, actors, people) -> bool:
    """Whether an event of ``kind`` with these actors (``people`` among them) names fewer
    parties than its kind takes.

    >>> too_few_parties("PhoneCall", ["moon-jae-in"], {"moon-jae-in"})
    True
    >>> too_few_parties("PhoneCall", ["moon-jae-in", "xi-jinping"], {"moon-jae-in", "xi-jinping"})
    False
    >>> too_few_parties("Meeting", ["nato"], set()), too_few_parties("Meeting", ["romania"], set())
    (False, True)
    >>> too_few_parties("Protest", ["japan"], set())
    False
    """
    need = min_parties().get(kind, 0)
    return need > 1 and count_parties(actors, people) < need
