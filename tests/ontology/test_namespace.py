"""diplograph.ontology.namespace: terms are made once and the closed namespace stays closed."""
from __future__ import annotations

import pickle

import pytest
from rdflib import URIRef

from diplograph.ontology.namespace import DG, SDO, SEM, mention_iri


def test_a_dg_term_is_one_plain_uriref_and_typos_still_fail():
    assert "Meeting" in vars(DG) and DG.Meeting is DG.Meeting       # a class attribute, made once
    assert type(DG.Meeting) is URIRef and DG.Meeting == URIRef("https://w3id.org/diplograph/ns#Meeting")
    assert DG["Meeting"] == DG.Meeting and DG.Meeting in DG
    with pytest.raises(AttributeError, match="Meetin"):
        DG.Meetin
    assert URIRef("https://w3id.org/diplograph/ns#Meetin") not in DG


def test_open_vocabularies_keep_each_term_they_made():
    first = SEM.hasActor
    assert vars(SEM)["hasActor"] is first
    assert SEM.hasActor is first and SEM["hasActor"] == first and type(first) is URIRef
    assert str(SDO.mentions) == "https://schema.org/mentions" and SDO.mentions is SDO.mentions
    assert pickle.loads(pickle.dumps(first)) == first
    with pytest.raises(AttributeError):
        SEM.__wrapped__                          # Python's own names are not terms
    assert str(mention_iri("a", 1, 2)) == "https://w3id.org/diplograph/id/article/a#char=1,2"
