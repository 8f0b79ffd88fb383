"""The sides of a reported event as fusion compares them: the countries its people belong
to, its states (a country's body counted as its country), where a visit goes."""
from __future__ import annotations

from diplograph.extract.model import Event
from diplograph.ontology.kb import load_kb

__all__ = ["countries_of", "sides_of", "states", "sides_agree", "visits_elsewhere"]


def countries_of(people) -> set:
    """The countries the knowledge base gives the people of ``people`` (unknown people have none)."""
    kb = load_kb()
    return {c for p in people if (c := kb.country_slug(p))}


def visits_elsewhere(place: str | None, ev: Event, people: set) -> bool:
    """Whether ``ev`` is a visit to a country (one it names that is none of its people's)
    that does not hold ``place``: Kishida's visit to Ukraine is not the Madrid summit.

    >>> visit = Event("Visit", ["fumio-kishida", "ukraine"], None, None, "", "Happened", [], [], [])
    >>> visits_elsewhere("madrid", visit, {"fumio-kishida"}), visits_elsewhere("kyiv", visit, {"fumio-kishida"})
    (True, False)
    """
    kb = load_kb()
    home = kb.country_slug(place) if ev.kind == "Visit" and place else None
    if home is None:
        return False
    goals = {a for a in ev.actors if kb.is_country(a)} - countries_of(people)
    return bool(goals) and home not in goals


def sides_agree(a_actors, a_people: set, b_actors, b_people: set) -> bool:
    """Whether two reports' states and bodies other than their people's own countries are
    none in one, or one's among the other's.

    >>> sides_agree(["fumio-kishida", "nato"], {"fumio-kishida"}, ["fumio-kishida", "india"], {"fumio-kishida"})
    False
    >>> sides_agree(["fumio-kishida", "nato"], {"fumio-kishida"}, ["fumio-kishida", "japan"], {"fumio-kishida"})
    True
    """
    a = states(set(a_actors) - a_people) - countries_of(a_people)
    b = states(set(b_actors) - b_people) - countries_of(b_people)
    return not a or not b or a <= b or b <= a


def states(actors) -> set:
    """The actors of an act of states, a country's body counted as its country ("the
    defence ministry said it deployed ...": Russia's act).

    >>> sorted(states({"russia-ministry-of-defence", "japan", "nato"}))
    ['japan', 'nato', 'russia']
    """
    return load_kb().states(actors)


def sides_of(actors, people: set) -> set:
    """The states a report names: its states and bodies other than its people, and its
    people's countries ("the premier announced sanctions": his country).

    >>> sorted(sides_of(["fumio-kishida", "russia"], {"fumio-kishida"}))
    ['japan', 'russia']
    """
    return states(set(actors) - people) | countries_of(people)
