"""TriggerIndex: the event-trigger patterns matched word by word and, each longer one, only
where it can open and finds the words it needs, giving what spaCy's Matcher gives on the
whole doc."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from diplograph.extract.components import triggers as triggers_module
from diplograph.extract.components.triggers import TriggerIndex, need_windows, needs_met, pattern_needs, pattern_reach
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


def test_only_multi_token_and_mixed_rules_get_a_matcher():
    nlp = spacy.blank("en")
    index = TriggerIndex(nlp.vocab, RULES)
    opened = [(nlp.vocab.strings[p.key], p.reach, p.needs) for _, p in index._opened]
    assert opened == [("came-to-terms", 5, (frozenset({"terms"}),)),     # came + up to 3 + terms
                      ("signed-deal", 3, (frozenset({"deal"}),)),        # "a"/"the" may be left out
                      ("state-visit", 1, ())]
    assert len(index._anywhere) == 0 and len(index._single) == 3


def test_a_pattern_runs_only_where_the_words_it_needs_follow_within_reach():
    nlp = spacy.blank("en")
    index = TriggerIndex(nlp.vocab, RULES)
    came = next(p for _, p in index._opened if nlp.vocab.strings[p.key] == "came-to-terms")
    calls = []
    came.matcher.add("spy", [[{"LOWER": "came"}]], on_match=lambda *args: calls.append(1))
    doc = nlp("They came home. They came to no terms at all. They came, one, two, three, terms.")
    got = found(index, nlp.vocab, doc)
    assert [(r, s, e) for r, s, e in got] == [("came-to-terms", 5, 9)]
    assert len(calls) == 1     # only where "terms" lay within reach: not before "home", nor
                               # where it is seven words on


def test_a_rule_that_can_start_anywhere_runs_on_the_whole_doc():
    nlp = spacy.blank("en")
    rules = RULES + [{"kind": "Talks", "id": "any-talks", "pattern": [
        {"IS_PUNCT": False, "OP": "?"}, {"LOWER": "talks"}, {"LOWER": "began"}]}]
    index = TriggerIndex(nlp.vocab, rules)
    assert len(index._anywhere) == 1
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


def test_what_a_pattern_needs_and_where_it_may_match():
    needs = pattern_needs([{"LOWER": {"IN": ["came", "come"]}}, {"IS_PUNCT": False, "OP": "{0,3}"},
                           {"LOWER": "terms"}, {"ORTH": ","}, {"ORTH": "A"}, {"LOWER": {"REGEX": "^x+$"}}])
    assert needs[:3] == (frozenset({"came", "come"}), frozenset({"terms"}), frozenset({","}))
    assert needs[3].pattern == "^x+$" and len(needs) == 4     # "A" has a case: no caseless need
    assert needs_met(needs, {"come", "terms", ",", "xxx"}) and not needs_met(needs, {"come", "terms", ","})
    lower = "a b terms c d e f g terms".split()
    assert need_windows(needs[1:2], lower, 0, len(lower), 3) == [(0, 5), (6, 9)]
    assert need_windows(needs[1:2], lower, 1, 8, 3) == [(1, 5)] and need_windows((), lower, 1, 4, 3) == [(1, 4)]
    assert need_windows(needs[1:2], lower, 0, 9, None) == [(0, 9)]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außenminister kamen in Tokio zusammen. Nach dem Gipfeltreffen einigten sich beide "
           "Seiten; man werde sich bald einigen. Vermögen wurden eingefroren, die Konten froren sie "
           "ebenfalls ein. Der Besuch und die Gespräche, die Sanktionen und das Manöver."),
    ("en", "The ministers came together in Tokyo and signed a partnership agreement. The summit, "
           "the talks, the sanctions and the visit followed; assets were frozen."),
    ("en", "Ottawa pulled out of the talks and spoke by phone with Brasilia, then lodged a formal "
           "protest over the drills. Two bombers violated Canada's airspace and were intercepted by "
           "fighters; Ottawa declared one diplomat persona non grata, summoned the ambassador and "
           "banned imports of steel. A phone call and a news conference followed on the same day."),
    ("de", "Kanada setzte die Gespräche mit Brasilien aus und legte Protest gegen die Manöver ein. "
           "Zwei Bomber verletzten den kanadischen Luftraum; Kampfjets stiegen auf und fingen sie "
           "ab. Ottawa wies zwei Diplomaten aus, erklärte einen zur Persona non grata und verbot "
           "ihm die Einreise. Das Gespräch mit Lula fand am Montag statt."),
])
def test_shipped_rules_match_as_the_matcher(lang, text):
    from diplograph.extract.pipeline import get_pipeline
    nlp = get_pipeline(lang)
    rules = list(load_lexicon(lang).triggers)
    doc = nlp(text)
    index = TriggerIndex(nlp.vocab, rules)
    got = found(index, nlp.vocab, doc)
    assert got == plain_matches(nlp.vocab, rules, doc)
    assert len(got) >= 6 and any(e - s > 1 for _, s, e in got)


def test_context_after_words_must_follow_but_are_no_part_of_the_trigger():
    nlp = spacy.blank("de")
    rules = [{"kind": "Visit", "id": "arrived-and", "context_after": 1, "pattern": [
        {"LOWER": "traf"}, {"IS_PUNCT": False, "OP": "{0,4}"}, {"LOWER": "ein"}, {"LOWER": "und"}]}]
    index = TriggerIndex(nlp.vocab, rules)
    doc = nlp("Er traf in Rom ein und flog weiter. Er traf ein Team.")
    assert found(index, nlp.vocab, doc) == [("arrived-and", 1, 5)]      # "traf in Rom ein", not "und"


def test_context_after_words_stay_free_for_another_trigger():
    nlp = spacy.blank("en")
    rules = [{"kind": "Protest", "id": "condemn", "context_after": 1, "pattern": [
        {"LOWER": "condemn"}, {"IS_PUNCT": False}]},
        {"kind": "Deployment", "id": "deployment", "pattern": [{"LOWER": "deployment"}]}]
    index = TriggerIndex(nlp.vocab, rules)
    doc = nlp("They condemn deployment of troops")
    assert found(index, nlp.vocab, doc) == [("condemn", 1, 2), ("deployment", 2, 3)]
