"""Acts told in words the triggers missed, and what their clause says of them: sentences
written for this test, in both languages.

- a "telephone talk" is a phone call;
- restricting someone's entry ("restricted the entry of", "die Einreise ... beschränkt") and
  "a ban on X nationals" are entry bans; so is banning their travel ("banning travel to X for
  Y", "barred Y from travelling to X", "verbot Y Reisen nach X"), no visit;
- expelling a country's citizens ("wies fünf Staatsbürger aus") and declaring diplomats
  "undesirable persons" are expulsions (an "undesirable organisation" is none);
- deciding to freeze accounts ("beschlossen, Konten ... einzufrieren") is a sanction;
- a German noun and the verb ending its clause are denied by a negation before or
  between them ("sind nicht in den Luftraum eingedrungen");
- a headline's "to" after its subject's name or office ("Scholz to hold talks", "Canada PM
  to attend Paris talks", title case too) is a plan; a "to" of purpose in the body is not;
- the speaker of "X said after talks with Y" took part in the talks;
- what is unlikely has not happened; a "summit meeting between A and B" is one summit of theirs;
- withdrawing from talks suspends them; an envoy "ins Außenministerium zitiert" is summoned; a
  call "in einem Telefonat ... vereinbart" was held; "inked" signs.
"""
from __future__ import annotations

import pytest

DAY = "2023-03-29"          # a Wednesday


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


def test_a_telephone_talk_is_a_phone_call(extract):
    [call] = events_of(extract("On Monday, Scholz held a telephone talk with Macron.", "en", published=DAY),
                       "PhoneCall")
    assert (set(call.actors), call.date.iso) == ({"olaf-scholz", "emmanuel-macron"}, "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil restricted the entry of twelve Canadian officials on Monday."),
    ("de", "Brasilien hat am Montag die Einreise kanadischer Staatsbürger beschränkt."),
    ("en", "On Monday a Brazilian ban on Canadian nationals came into force."),
])
def test_restricting_entry_is_an_entry_ban(extract, lang, text):
    [ban] = events_of(extract(text, lang, published=DAY), "EntryBan")
    assert (ban.actors, ban.date.iso) == (["brazil", "canada"], "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil's measures include banning travel to Brazil for twelve Canadian officials."),
    ("en", "Brazil barred twelve Canadian officials from travelling to Brazil on Monday."),
    ("de", "Brasilien verbot am Montag zwölf kanadischen Beamten Reisen nach Brasilien."),
    ("de", "Brasilien untersagte am Montag zwölf kanadischen Beamten die Reise nach Brasilien."),
])
def test_banning_travel_is_an_entry_ban_and_no_visit(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [(e.kind, sorted(e.actors)) for e in facts.events] == [("EntryBan", ["brazil", "canada"])]


def test_expelling_citizens_is_an_expulsion(extract):
    text = "Am Montag wies Kanada fünf brasilianische Staatsbürger aus."
    [ev] = events_of(extract(text, "de", published=DAY), "Expulsion")
    assert ev.actors == ["canada", "brazil"]


def test_deciding_to_freeze_assets_is_a_sanction(extract):
    text = "Kanada hat am Montag beschlossen, Konten zweier brasilianischer Firmen einzufrieren."
    [ev] = events_of(extract(text, "de", published=DAY), "Sanction")
    assert (ev.actors, ev.status) == (["canada", "brazil"], "Happened")


@pytest.mark.parametrize("text,kind", [
    ("Nach Angaben des Ministeriums sind die brasilianischen Maschinen nicht in den kanadischen Luftraum "
     "eingedrungen.", "AirspaceViolation"),
    ("Brasilien hat die Einreise kanadischer Staatsbürger nicht beschränkt.", "EntryBan"),
])
def test_a_negation_before_a_clause_final_verb_denies_the_act(extract, text, kind):
    assert events_of(extract(text, "de", published=DAY), kind) == []


def test_the_act_without_the_negation_is_told(extract):
    text = "Brasilianische Jets sind am Montag in kanadischen Luftraum eingedrungen."
    [ev] = events_of(extract(text, "de", published=DAY), "AirspaceViolation")
    assert ev.actors == ["brazil", "canada"]


@pytest.mark.parametrize("text", [
    "Scholz to hold talks with Macron in Ottawa",
    "Scholz To Hold Trade Talks With Macron In Ottawa",
])
def test_a_headline_to_after_the_subject_is_a_plan(extract, text):
    [ev] = events_of(extract(text, "en", published=DAY), "Talks")
    assert (set(ev.actors), ev.place, ev.status) == ({"olaf-scholz", "emmanuel-macron"}, "ottawa", "Planned")


@pytest.mark.parametrize("text,place", [
    ("Canada PM to attend Paris talks with Macron", "paris"),
    ("Scholz to join NATO talks in Ottawa", "ottawa"),
    ("German chancellor to hold Kremlin talks with Putin", "moscow"),
])
def test_a_headline_to_after_an_office_or_before_a_named_noun_is_a_plan(extract, text, place):
    [ev] = events_of(extract(text, "en", published=DAY), "Talks")
    assert (ev.place, ev.status, ev.date) == (place, "Planned", None)


def test_a_to_of_purpose_in_the_body_is_no_plan(extract):
    [ev] = events_of(extract("Scholz flew to Ottawa to hold talks with Macron on Monday.", "en", published=DAY),
                     "Talks")
    assert ev.status == "Happened"


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz said on Monday after talks with his French counterpart Emmanuel Macron that ties were good."),
    ("en", "Canada and Brazil will meet in June, Scholz said on Monday after talks with Macron."),
    ("de", "Scholz sagte am Montag nach Gesprächen mit seinem französischen Amtskollegen Emmanuel Macron, "
           "die Beziehungen seien gut."),
])
def test_the_speaker_after_talks_with_someone_took_part(extract, lang, text):
    [talks] = events_of(extract(text, lang, published=DAY), "Talks")
    assert {"olaf-scholz", "emmanuel-macron"} <= set(talks.actors)


def test_the_object_of_another_act_takes_no_part_in_talks_after_it(extract):
    facts = extract("Scholz met Trudeau on Monday after talks with Macron.", "en", published=DAY)
    [talks] = events_of(facts, "Talks")
    assert "justin-trudeau" not in talks.actors


@pytest.mark.parametrize("lang,text", [
    ("en", "Analysts said Macron was unlikely to seek negotiations with Canada on fishing rights."),
    ("de", "Macron dürfte kaum Gespräche mit Trudeau in Ottawa führen."),
])
def test_what_is_unlikely_has_not_happened(extract, lang, text):
    assert all(ev.status != "Happened" for ev in extract(text, lang, published=DAY).events)


def test_talks_held_in_may_happened(extract):
    [ev] = events_of(extract("Macron held talks with Trudeau in Ottawa in May.", "en", published=DAY), "Talks")
    assert (ev.status, ev.date.iso) == ("Happened", "2022-05")


def test_a_summit_meeting_between_two_is_one_summit_of_theirs(extract):
    text = ("Officials in Berlin are preparing a summit meeting between President Emmanuel Macron and "
            "Prime Minister Justin Trudeau in Ottawa, Scholz said.")
    [ev] = extract(text, "en", published=DAY).events
    assert (ev.kind, set(ev.actors), ev.status) == ("Summit", {"emmanuel-macron", "justin-trudeau"}, "Planned")


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada has withdrawn from the trade talks with Brazil."),
    ("en", "Canada's withdrawal from the trade talks with Brazil surprised Brasilia."),
])
def test_withdrawing_from_talks_suspends_them(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind in ("Talks", "Suspension")]
    assert (ev.kind, sorted(ev.actors)) == ("Suspension", ["brazil", "canada"])


def test_withdrawing_troops_suspends_nothing(extract):
    assert events_of(extract("Canada has withdrawn its troops from the border.", "en", published=DAY),
                     "Suspension") == []


@pytest.mark.parametrize("text", [
    "Ottawa zitierte am Montag den brasilianischen Botschafter ins Außenministerium.",
    "Kanada hat den brasilianischen Botschafter am Montag ins Außenministerium zitiert.",
])
def test_an_envoy_called_into_the_foreign_ministry_is_summoned(extract, text):
    [ev] = extract(text, "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.targets, ev.date.iso) == ("Protest", ["brazil", "canada"], ["brazil"],
                                                                     "2023-03-27")


def test_quoting_an_envoy_is_no_summons(extract):
    assert extract("Die Zeitung zitierte den Botschafter mit den Worten, man sei besorgt.", "de",
                   published=DAY).events == []


def test_a_call_in_which_something_was_agreed_was_held(extract):
    text = "Scholz und Macron haben am Montag in einem Telefonat eine engere Zusammenarbeit vereinbart."
    [call] = events_of(extract(text, "de", published=DAY), "PhoneCall")
    assert (call.status, call.date.iso) == ("Happened", "2023-03-27")


def test_inking_a_pact_is_signing_it(extract):
    [ev] = extract("Canada and Brazil inked a defence pact in Ottawa on Monday.", "en", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place, ev.date.iso) == ("Agreement", ["brazil", "canada"], "ottawa",
                                                                   "2023-03-27")


@pytest.mark.parametrize("lang,text,kinds", [
    ("en", "Brazil ended visa-free travel by Canadian citizens on Monday.", ["Suspension"]),
    ("de", "Brasilien beendete am Montag die visafreien Reisen von Kanadiern.", ["Suspension"]),
    ("en", "Brazil stops the dialogue with Canada on trade, the ministry said on Monday.", ["Suspension"]),
])
def test_visa_free_travel_is_no_visit_and_stopping_a_dialogue_suspends_it(extract, lang, text, kinds):
    assert [e.kind for e in extract(text, lang, published=DAY).events] == kinds


@pytest.mark.parametrize("text,kinds", [
    ("Canada and Brazil discuss trade row", ["Talks"]),
    ("Trudeau, Macron discuss trade in phone call", ["PhoneCall"]),
    ("Ministers from Canada discuss the matter every year.", []),
])
def test_a_headline_discuss_after_names_is_talks(extract, text, kinds):
    assert [e.kind for e in extract(text, "en", published=DAY).events] == kinds


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz told a joint news conference after his talks with Macron that ties were good."),
    ("en", "Scholz spoke to reporters after his talks with Macron on Monday."),
    ("de", "Scholz sagte nach seinen Gesprächen mit Macron, die Beziehungen seien gut."),
])
def test_who_speaks_after_his_talks_took_part_in_them(extract, lang, text):
    [ev] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Talks"]
    assert sorted(ev.actors) == ["emmanuel-macron", "olaf-scholz"]


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Brazil froze the trade talks with Canada on Monday.", "Suspension"),
    ("de", "Brasilien hat die Handelsgespräche mit Kanada am Montag eingefroren.", "Suspension"),
    ("en", "Brazil froze the assets of ten Canadian officials on Monday.", "Sanction"),
    ("de", "Brasilien hat am Montag Vermögen kanadischer Beamter eingefroren.", "Sanction"),
])
def test_freezing_talks_suspends_them_and_freezing_assets_sanctions(extract, lang, text, kind):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, sorted(ev.actors)) == (kind, ["brazil", "canada"])


def test_a_protest_note_sent_to_a_capital_goes_to_its_state(extract):
    [ev] = extract("Brasilien schickte am Montag eine Protestnote nach Ottawa.", "de", published=DAY).events
    assert (ev.kind, sorted(ev.actors), ev.place) == ("Protest", ["brazil", "canada"], None)


@pytest.mark.parametrize("text", [
    "Canada on Monday declared 20 Brazilian diplomats undesirable persons.",
    "Twenty Brazilian diplomats were declared unwanted persons by the Canadian government on Monday.",
    'Twenty Brazilian diplomats were declared as "undesirable persons" by the Canadian government on Monday.',
])
def test_diplomats_declared_undesirable_persons_are_expelled(extract, text):
    [ev] = extract(text, "en", published="2022-04-05").events
    assert (ev.kind, sorted(ev.actors), ev.targets, ev.date.iso) == ("Expulsion", ["brazil", "canada"], ["brazil"],
                                                                      "2022-04-04")


def test_an_undesirable_organisation_is_no_expulsion(extract):
    assert extract("Brazil declared the Canadian foundation an undesirable organisation on Monday.", "en",
                   published="2022-04-05").events == []


@pytest.mark.parametrize("lang,text", [
    ("en", "A Brazilian court on Monday barred a Canadian businessman from travelling abroad."),
    ("de", "Die Pandemie hat Reisen nach Brasilien im März stark eingeschränkt, sagte Kanada."),
    ("de", "Brasilien verweigerte am Montag jede Auskunft über die Reise Lulas nach Kanada."),
])
def test_guard_an_exit_ban_a_restriction_or_a_refused_comment_is_no_entry_ban(extract, lang, text):
    assert not events_of(extract(text, lang, published=DAY), "EntryBan")


def test_a_ban_on_travel_is_an_entry_ban(extract):
    [ban] = events_of(extract("Brazil imposed a ban on travel from Canada on Monday.", "en", published=DAY), "EntryBan")
    assert (sorted(ban.actors), ban.date.iso) == (["brazil", "canada"], "2023-03-27")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil and Canada, both former Portuguese colonies, signed a border agreement on Monday."),
    ("en", "Lula visited a Portuguese-era fortress in Ottawa with Trudeau on Monday."),
    ("de", "Lula besuchte am Montag mit Trudeau eine Festung aus portugiesischer Zeit in Ottawa."),
])
def test_a_demonym_of_a_states_past_names_no_party(extract, lang, text):
    assert all("portugal" not in e.actors for e in extract(text, lang, published=DAY).events)

