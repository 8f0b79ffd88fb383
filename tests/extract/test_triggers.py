"""TriggerIndex: the event-trigger patterns matched word by word and on stretches, giving
what spaCy's Matcher gives on the whole doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from diplograph.extract.components import triggers as triggers_module
from diplograph.extract.components.triggers import TriggerIndex, pattern_reach
from diplograph.extract.lexicon import load_lexicon

RULES = [
    {"kind": "Summit", "id": "summit", "pattern": [{"LOWER": {"REGEX": "^(\\w+-)?summits?$"}}]},
    {"kind": "Meeting", "id": "met", "pattern": [{"LOWER": {"IN": ["met", "meets"]}}]},
    {"kind": "Talks", "id": "talks", "pattern": [{"LOWER": "talks"}]},
    {"kind": "Agreement", "id": "came-to-terms", "pattern": [
        {"LOWER": {"IN": ["came", "come"]}}, {"IS_PUNCT": False, "OP": "{0,3}"}, {"LOWER": "terms"}]},
    {"kind": "Agreement", "id": "signed-deal", "pattern": [
        {"LOWER": "signed"}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "deal"}]},
    {"kind": "Visit", "id": "state-visit", "pattern": [{"IS_TITLE": True, "LOWER": "visit"}]},
]

TEXT = ("Abe met Putin before the G20-summit. They came very quickly to terms and signed a deal. "
        "Visit and visit: talks came, came to terms at the summits; came. They signed the deal")


def plain_matches(vocab, rules, doc):
    """The longest-first, file-order matches of a plain Matcher holding every rule."""
    matcher = Matcher(vocab)
    order = {}
    for rec in rules:
        order[vocab.strings.add(rec["id"])] = len(order)
        matcher.add(rec["id"], [rec["pattern"]])
    out, taken = [], set()
    for key, s, e in sorted(matcher(doc), key=lambda m: (m[1], -(m[2] - m[1]), order[m[0]])):
        if not taken & set(range(s, e)):
            out.append((vocab.strings[key], s, e))
            taken.update(range(s, e))
    return out


def found(index, vocab, doc):
    return [(vocab.strings[key], s, e) for key, s, e in index.find(doc, [t.lower_ for t in doc])]


def test_same_matches_as_the_matcher_on_the_whole_doc():
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    index = TriggerIndex(nlp.vocab, RULES)
    got = found(index, nlp.vocab, doc)
    assert got == plain_matches(nlp.vocab, RULES, doc)
    ids = [rule for rule, _, _ in got]
    assert ids.count("came-to-terms") == 2 and ids.count("signed-deal") == 2
    assert "state-visit" in ids and "summit" in ids
    assert got[-1] == ("signed-deal", len(doc) - 3, len(doc))     # a match ending the doc


def test_only_multi_token_and_mixed_rules_stay_in_the_matcher():
    nlp = spacy.blank("en")
    index = TriggerIndex(nlp.vocab, RULES)
    assert len(index._matcher) == 3                      # came-to-terms, signed-deal, state-visit
    assert index._reach == 5                             # came + up to 3 + terms


def test_a_rule_that_can_start_anywhere_runs_on_the_whole_doc():
    nlp = spacy.blank("en")
    rules = RULES + [{"kind": "Talks", "id": "any-talks", "pattern": [
        {"IS_PUNCT": False, "OP": "?"}, {"LOWER": "talks"}, {"LOWER": "began"}]}]
    index = TriggerIndex(nlp.vocab, rules)
    assert index._openers is None
    doc = nlp("Formal talks began in Tokyo; talks began again.")
    assert found(index, nlp.vocab, doc) == plain_matches(nlp.vocab, rules, doc)
    assert found(index, nlp.vocab, doc)[0] == ("any-talks", 0, 3)


@pytest.mark.parametrize("pattern,reach", [
    ([{"LOWER": "a"}], 1),
    ([{"LOWER": "a"}, {"OP": "{0,8}"}, {"LOWER": "b"}], 10),
    ([{"LOWER": "a"}, {"OP": "?"}, {"LOWER": "b", "OP": "!"}], 2),
    ([{"LOWER": "a"}, {"OP": "{3}"}], 4),
    ([{"LOWER": "a"}, {"OP": "{,2}"}], 3),
    ([{"LOWER": "a"}, {"OP": "+"}], None),
    ([{"LOWER": "a"}, {"OP": "{2,}"}], None),
])
def test_reach_of_a_pattern(pattern, reach):
    assert pattern_reach(pattern) == reach


def test_the_word_memo_starts_afresh_when_full(monkeypatch):
    monkeypatch.setattr(triggers_module, "MEMO_WORDS", 3)
    nlp = spacy.blank("en")
    index = TriggerIndex(nlp.vocab, RULES)
    doc = nlp(TEXT)
    assert found(index, nlp.vocab, doc) == plain_matches(nlp.vocab, RULES, doc)
    assert len(index._memo) <= 3


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außenminister kamen in Tokio zusammen. Nach dem Gipfeltreffen einigten sich beide "
           "Seiten; man werde sich bald einigen. Vermögen wurden eingefroren, die Konten froren sie "
           "ebenfalls ein. Der Besuch und die Gespräche, die Sanktionen und das Manöver."),
    ("en", "The ministers came together in Tokyo and signed a partnership agreement. The summit, "
           "the talks, the sanctions and the visit followed; assets were frozen."),
])
def test_shipped_rules_match_as_the_matcher(lang, text):
    from diplograph.extract.pipeline import get_pipeline
    nlp = get_pipeline(lang)
    rules = list(load_lexicon(lang).triggers)
    doc = nlp(text)
    index = TriggerIndex(nlp.vocab, rules)
    got = found(index, nlp.vocab, doc)
    assert got == plain_matches(nlp.vocab, rules, doc)
    assert len(got) >= 6
