"""Two people who share a surname stay two people; a bare surname follows the person the
article named in full, not a famous namesake of the knowledge base."""
from __future__ import annotations

import pytest

from diplograph.extract.pipeline import get_pipeline


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Ehefrau des früheren Premierministers, Frau Akie Abe, besuchte Moskau. "
           "Abe sagte, die Reise sei privat."),
    ("en", "Former first lady Mrs. Akie Abe visited Moscow. Abe said the trip was private."),
])
def test_bare_surname_is_the_person_named_in_full(extract, lang, text):
    facts = extract(text, lang)
    assert "shinzo-abe" not in facts.entities
    assert [s.speaker for s in facts.statements] == ["new:Person:akie abe"]
    assert facts.entities["new:Person:akie abe"].surface == {"Akie Abe", "Abe"}


def test_a_bare_surname_before_the_one_full_name_the_article_gives_later_is_that_person(extract):
    text = ("Moon Jae-in traf am Freitag in Panmunjom den Machthaber Kim. Später sprach Kim Jong Un in "
            "Pjöngjang.")
    facts = extract(text, "de", published="2018-04-27")
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert "new:Person:kim" not in facts.entities and set(meeting.actors) == {"moon-jae-in", "kim-jong-un"}


def test_a_titled_surname_is_not_a_later_namesake_who_held_another_post_then(extract):
    text = ("Der chinesische Botschafter Wang traf am Montag in Berlin Baerbock. Außenminister Wang Yi wird im "
            "Mai erwartet.")
    facts = extract(text, "de", published="2023-03-20")
    [meeting] = facts.events
    assert "wang-yi" not in meeting.actors and "new:Person:wang" in meeting.actors


def test_a_bare_surname_two_later_full_names_share_is_the_first_named(extract):
    # as a bare "Kim" after both full names is: news name the one they mean first in full
    text = ("Moon Jae-in traf am Freitag in Panmunjom den Machthaber Kim. Später sprachen Kim Jong Un und "
            "Kim Yo Jong in Pjöngjang.")
    facts = extract(text, "de", published="2018-04-27")
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert set(meeting.actors) == {"moon-jae-in", "kim-jong-un"}


def test_a_bare_surname_before_an_unknown_full_name_stays_unlinked(extract):      # guard
    text = "Moon Jae-in traf am Freitag in Panmunjom Herrn Kim. Später sprach Kim Min-soo in Seoul."
    facts = extract(text, "de", published="2018-04-27")
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert "kim-jong-un" not in meeting.actors


def test_the_famous_namesake_named_in_full_keeps_the_surname(extract):
    facts = extract("Premierminister Shinzo Abe empfing Frau Akie Abe. Abe sagte, das Treffen sei gut "
                    "gewesen.", "de")
    assert {"shinzo-abe", "new:Person:akie abe"} <= set(facts.entities)
    assert [s.speaker for s in facts.statements] == ["shinzo-abe"]


def test_two_unknown_namesakes_stay_apart_across_articles(tmp_path):
    from diplograph.graph.build import build
    (tmp_path / "a.txt").write_text("Botschafter Kenji Tanabe traf in Moskau den russischen Vize-"
                                    "Außenminister. Tanabe sagte, die Gespräche seien offen gewesen.",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Fisheries official Mr. Hiroshi Tanabe met Russian negotiators in "
                                    "Moscow. Tanabe said the talks had been frank.", encoding="utf-8")
    result = build([tmp_path], tmp_path / "out", views=False)
    people = {k for f in result.fusion.articles for k, e in f.entities.items() if e.kind == "Person"}
    assert people == {"new:Person:Kenji Tanabe", "new:Person:Hiroshi Tanabe"}


@pytest.mark.parametrize("lang,text", [
    ("en", "NATO is expanding its ties with Asia. Secretary General Jens Stoltenberg met Japanese "
           "Prime Minister Fumio Kishida in Brussels."),
    ("de", "Die NATO baut ihre Beziehungen nach Asien aus. Generalsekretär Jens Stoltenberg traf "
           "Japans Premierminister Fumio Kishida in Brüssel."),
])
def test_a_secretary_general_serves_the_organisation_not_his_nationality(extract, lang, text):
    roles = {(r.person, r.role, r.org) for r in extract(text, lang).roles}
    assert ("jens-stoltenberg", "secretary-general", "nato") in roles
    assert not any(org == "norway" for _, _, org in roles)


def test_dateline_is_not_part_of_a_statement(extract):
    text = ("TOKYO, Oct 23, 2021 (Reuters) - Japan's Defense Ministry said Russian and Chinese "
            "warships had sailed through the Tsugaru Strait.")
    [st] = extract(text, "en").statements
    assert st.text.startswith("Japan's Defense Ministry said") and st.speaker == "japan-ministry-of-defense"
    assert text[st.start:st.end].strip() == st.text


def test_cause_before_the_trigger_is_no_actor(extract):
    [ev] = extract("Japan hat wegen der Ukraine-Krise neue Sanktionen gegen Russland verhängt.", "de").events
    assert (ev.kind, sorted(ev.actors)) == ("Sanction", ["japan", "russia"])


# --- given names before a known surname or organisation name ---------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Yohei Kono met students in Osaka. Kono said they were bright."),
    ("de", "Yohei Kono traf Studenten in Osaka. Kono sagte, sie seien klug."),
])
def test_a_given_name_before_a_known_surname_is_someone_else(extract, lang, text):
    facts = extract(text, lang)
    assert "taro-kono" not in facts.entities
    assert facts.entities["new:Person:yohei kono"].surface == {"Yohei Kono", "Kono"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Michael Bloomberg met Kishida in Tokyo."),
    ("de", "Michael Bloomberg traf Kishida in Tokio."),
])
def test_a_given_name_before_an_outlet_is_a_person(extract, lang, text):
    facts = extract(text, lang)
    assert "bloomberg" not in facts.entities and facts.entities["new:Person:michael bloomberg"].kind == "Person"


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Then Kono said the talks were good.", "taro-kono"),
    ("en", "But Bloomberg reported that Kishida will go.", "bloomberg"),
    ("de", "Gestern sagte Kono, die Gespräche seien gut.", "taro-kono"),
    ("de", "Das sagte die Nachrichtenagentur Bloomberg.", "bloomberg"),
    ("de", "Der Staatsbesuch Xis in Japan war lange geplant.", "xi-jinping"),
    ("de", "Sein Amtskollege Kishida sagte, die Gespräche seien gut.", "fumio-kishida"),
    ("de", "Das meldete die Agentur Tass am Montag.", "tass"),
])
def test_an_ordinary_word_or_a_german_noun_is_no_given_name(extract, lang, text, key):
    assert key in extract(text, lang).entities


# --- ambiguous names --------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,unlinked", [
    ("en", "Georgia's governor met Kishida in Atlanta.", "new:Place:georgia"),
    ("en", "Congress in New Delhi rejected the budget of the government.", "new:Organization:congress"),
    ("de", "Der Kongress in Neu-Delhi lehnte den Haushalt der Regierung ab.", "new:Organization:kongress"),
    ("en", "The Pacific Fleet held drills near Hawaii, the U.S. Navy said.", "new:Organization:pacific fleet"),
    ("de", "Die US-Pazifikflotte übte vor Hawaii.", "new:Organization:pazifikflotte"),
    ("en", "Israeli troops crossed the Jordan near the border on Monday.", "new:Place:jordan"),
    ("en", "Chad met the French envoy on Monday.", "new:Place:chad"),
])
def test_an_ambiguous_name_without_evidence_is_not_linked(extract, lang, text, unlinked):
    facts = extract(text, lang)
    assert unlinked in facts.entities
    assert not {"georgia", "us-congress", "russian-pacific-fleet", "jordan"} & set(facts.entities)


@pytest.mark.parametrize("lang,text,key,not_key", [
    ("en", "South Sudan and Kenya signed an agreement on Monday.", "south-sudan", "sudan"),
    ("de", "Der Südsudan und Kenia unterzeichneten am Montag ein Abkommen.", "south-sudan", "sudan"),
])
def test_a_country_inside_a_longer_country_name_is_not_named(extract, lang, text, key, not_key):
    entities = extract(text, lang).entities
    assert key in entities and not_key not in entities


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Georgian President Salome Zourabichvili said Georgia wants to join NATO.", "georgia"),
    ("en", "The US Congress passed the budget. Congress then went on recess.", "us-congress"),
    ("en", "Congress passed a bill on sanctions against Russia, the White House said in Washington.",
     "us-congress"),
    ("de", "Der US-Kongress billigte den Haushalt. Der Kongress ging dann in die Pause.", "us-congress"),
    ("de", "Der Kongress billigte Sanktionen, hieß es aus den USA.", "us-congress"),
    ("en", "Russia said the Pacific Fleet held drills.", "russian-pacific-fleet"),
    ("de", "Soldaten der Pazifikflotte übten, teilte das russische Ministerium mit.", "russian-pacific-fleet"),
    ("en", "Jordan and Egypt condemned the strike, Jordanian officials said.", "jordan"),
    ("en", "Chad's interim president met the French envoy on Monday.", "chad"),
    ("en", "The foreign minister of Niger met the French envoy on Monday.", "niger"),
    ("en", "Georgia's president met the French envoy on Monday.", "georgia"),
])
def test_an_ambiguous_name_with_evidence_is_linked(extract, lang, text, key):
    assert key in extract(text, lang).entities


# --- family names written first -----------------------------------------------------------------
@pytest.mark.parametrize("lang,text,key,gone", [
    ("en", "Xi Mingze said she studied abroad.", "new:Person:xi mingze", "xi-jinping"),
    ("de", "Xi Mingze sagte, sie habe im Ausland studiert.", "new:Person:xi mingze", "xi-jinping"),
    ("en", "Moon Chung-in said talks must resume.", "new:Person:moon chung-in", "moon-jae-in"),
])
def test_a_given_name_after_a_family_name_is_someone_else(extract, lang, text, key, gone):
    facts = extract(text, lang)
    assert key in facts.entities and gone not in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Yoon Seok Youl met Kishida in Tokyo."),
    ("de", "Yoon Seok Youl traf Kishida in Tokio."),
])
def test_another_spelling_of_the_kb_name_keeps_the_link(extract, lang, text):
    assert extract(text, lang).entities["yoon-suk-yeol"].surface == {"Yoon Seok Youl"}


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Kim Min-seo criticised the drills. Kim said the drills must stop.", "new:Person:kim min-seo"),
    ("de", "Kim Min Seo kritisierte die Manöver. Kim sagte, sie müssten enden.", "new:Person:kim min seo"),
    ("en", "Kim Yo-jong criticised the drills. Kim said the drills must stop.", "kim-yo-jong"),
])
def test_a_family_name_written_first_names_the_person_of_the_article(extract, lang, text, key):
    facts = extract(text, lang)
    assert facts.entities[key].surface >= {"Kim"} and "kim-jong-un" not in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "President Lee Min-jun met Ishiba. Lee said the talks went well."),
    ("de", "Präsident Lee Min-jun traf Ishiba. Lee sagte, die Gespräche seien gut."),
])
def test_a_korean_name_after_a_title_keeps_its_hyphenated_given_name(extract, lang, text):
    assert extract(text, lang).entities["new:Person:lee min-jun"].surface == {"Lee Min-jun", "Lee"}


@pytest.mark.parametrize("lang,text,key,gone", [
    ("en", "Abe Lincoln was a president of the United States.", "new:Person:abe lincoln", "shinzo-abe"),
    ("en", "Abe Fortas was a judge.", "new:Person:abe fortas", "shinzo-abe"),
])
def test_a_name_word_after_a_known_surname_is_someone_else(extract, lang, text, key, gone):
    facts = extract(text, lang)
    assert key in facts.entities and gone not in facts.entities


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Abe Shinzo met Putin in Vladivostok.", "shinzo-abe"),
    ("en", "Kishida Visits Kyiv", "fumio-kishida"),
    ("de", "Kishida Besucht Kiew", "fumio-kishida"),
    ("en", "Kishida Tuesday met Lavrov.", "fumio-kishida"),
    ("de", "In Kiew führte Trudeau Gespräche mit Selenskyj.", "justin-trudeau"),
])
def test_the_known_name_in_other_order_or_before_an_ordinary_word_keeps_its_link(extract, lang, text, key):
    assert key in extract(text, lang).entities


@pytest.mark.parametrize("lang,text,gone", [
    ("en", "The Rom community in Slovakia protested on Monday.", "rome"),
    ("en", "Chinese jets flew near Matua Island on Monday.", "iceland"),
])
def test_a_label_of_another_language_that_is_an_ordinary_word_is_no_name(extract, lang, text, gone):
    assert gone not in extract(text, lang).entities


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang.", "Russian Security Council"),
    ("en", "Japan's National Security Council met in Tokyo on Monday.", "National Security Council"),
    ("de", "Der Nationale Sicherheitsrat Japans tagte am Montag in Tokio.", "Nationale Sicherheitsrat"),
])
def test_a_countrys_body_is_not_the_international_one_of_the_same_name(extract, lang, text, name):
    facts = extract(text, lang)
    assert "un-security-council" not in facts.entities
    assert name in {form for e in facts.entities.values() for form in e.surface}


def test_the_international_body_keeps_its_name(extract):
    facts = extract("The UN Security Council met in New York on Monday. The Security Council then voted.", "en")
    assert "un-security-council" in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada summoned Ambassador Kono on Monday."),
    ("de", "Kanada bestellte am Montag Botschafter Kono ein."),
    ("de", "Japan antwortet mit dem Abzug des Botschafters Kono aus Ottawa."),
])
def test_a_surname_after_a_role_the_kb_person_never_held_is_a_namesake(extract, lang, text):
    facts = extract(text, lang, published="2023-05-20")
    assert "taro-kono" not in facts.entities
    assert "new:Person:kono" in facts.entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Foreign Minister Kono met Lavrov in Moscow on Monday."),
    ("de", "Außenminister Kono traf am Montag Lawrow in Moskau."),
])
def test_a_surname_after_a_role_the_kb_person_held_keeps_its_link(extract, lang, text):
    [ev] = extract(text, lang, published="2023-05-20").events
    assert ev.actors == ["taro-kono", "sergey-lavrov"]


@pytest.mark.parametrize("text,kept", [
    ("Abe wollte dem Hundefreund Putin einen Hund schenken.", {"shinzo-abe", "vladimir-putin"}),
    ("Ihre Einsatzgebiete waren unter anderem das Nördliche Eismeer, die Ostsee und der Pazifik.", set()),
])
def test_a_german_word_after_an_article_is_a_noun_not_a_given_name(extract, text, kept):
    assert {k for k, e in extract(text, "de").entities.items() if e.kind == "Person"} == kept


def test_a_headlines_verb_after_a_family_name_is_no_given_name(extract):
    facts = extract("Takaichi, Xi Hold Talks in South Korea\n\nJapanese Prime Minister Sanae Takaichi met Chinese "
                    "President Xi Jinping on Friday.", "en")
    assert "xi-jinping" in facts.entities
    assert not [k for k in facts.entities if k.startswith("new:Person")]


@pytest.mark.parametrize("text", [
    "Enge militärische Zusammenarbeit Scholz und Selenskyj unterzeichnen Abkommen",
    "Neue Sicherheitspolitik Scholz und Kishida vereinbaren engere Abstimmung",
])
def test_a_german_kickers_noun_is_no_given_name(extract, text):
    people = set(extract(text, "de", published="2024-02-16").entities)
    assert "olaf-scholz" in people and not [p for p in people if "scholz" in p and p != "olaf-scholz"]


@pytest.mark.parametrize("text", [
    "China verurteilt Abes Schrein-Besuch\n\nDer Besuch am Donnerstag sei inakzeptabel, sagte Peking.",
    "Putins Amtsvorgänger Boris Jelzin hatte Peking 1996 besucht. Putins Staatsbesuch begann am Montag.",
])
def test_the_words_after_a_german_genitive_name_are_no_given_names(extract, text):
    facts = extract(text, "de", published="2013-12-27")
    assert not [k for k in facts.entities if k.startswith("new:Person") and ("besuch" in k or "amtsvorgänger" in k)]


def test_an_event_noun_after_a_hyphen_is_no_part_of_a_name(extract):
    facts = extract("Die Kenji-Tanabe-Reise nach Moskau begann am Montag.", "de", published="2013-12-27")
    assert not [k for k in facts.entities if "reise" in k]


# --- newspapers named after a place -------------------------------------------------------------
@pytest.mark.parametrize("lang,text,place", [
    ("en", "The Ottawa Post reported that Trudeau met Lula on Monday.", "ottawa"),
    ("en", "According to the Helsinki Times, Canadian jets flew over the Baltic Sea.", "helsinki"),
    ("de", "Wie die Ottawa Zeitung berichtete, traf Trudeau am Montag Lula.", "ottawa"),
])
def test_a_place_that_opens_a_newspapers_name_is_not_named(extract, lang, text, place):
    assert place not in extract(text, lang).entities


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Trudeau met Lula in Ottawa. Post-war ties were on the agenda.", "ottawa"),
    ("en", "Trudeau met Lula in Ottawa, times have changed, he said.", "ottawa"),
])
def test_a_place_before_a_word_of_a_newspaper_name_elsewhere_is_named(extract, lang, text, place):
    assert place in extract(text, lang).entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Park Jin-woo said the situation was difficult."),
    ("de", "Park Jin-woo sagte, die Lage sei schwierig."),
])
def test_a_kb_name_that_goes_on_with_a_hyphened_syllable_is_someone_else(extract, lang, text):
    facts = extract(text, lang)
    assert "new:Person:park jin-woo" in facts.entities and "park-jin" not in facts.entities


@pytest.mark.parametrize("lang,text,key", [
    ("de", "Donald Trump-treue Kreise lobten den Plan.", "donald-trump"),
    ("en", "The Park Jin-led talks ended on Monday.", "park-jin"),
])
def test_a_kb_name_before_a_hyphened_word_keeps_its_link(extract, lang, text, key):
    assert key in extract(text, lang).entities


@pytest.mark.parametrize("lang,text,linked", [
    ("en", "The talks were described as frank by the broadcaster CCTV in Beijing.", "cctv"),
    ("en", "CCTV footage showed the suspect near the station in London.", ""),
])
def test_an_outlets_ambiguous_name_takes_its_seats_country_as_evidence(lang, text, linked):
    """"CCTV" is the Chinese broadcaster beside Beijing (its seat) and closed-circuit
    television elsewhere."""
    doc = get_pipeline(lang)(text)
    assert [e.ent_id_ for e in doc.ents if e.text == "CCTV"] == [linked]


def test_a_korean_given_name_glued_by_a_hyphen_names_someone_else_even_an_ordinary_word():
    """"Cho Hyun-dong" is not the KB's "Cho Hyun", though "dong" is a word of the lexicon."""
    doc = get_pipeline("en")("Cho Hyun-dong, the ambassador to the United States, met Kurt Campbell.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "Person"] == [
        ("Cho Hyun-dong", ""), ("Kurt Campbell", "kurt-campbell")]


def test_a_demonym_before_a_compound_of_a_known_body_makes_no_national_body(extract):
    facts = extract("Das sagte der französische EU-Ratspräsident Pierre Durand am Montag.", "de")
    assert "european-union" in facts.entities
    assert not any(key.startswith("new:Organization") for key in facts.entities)


@pytest.mark.parametrize("lang,text", [
    ("en", "President Ferdinand Marcos Jr. arrived on Monday. Later, President Marcos said the talks went well."),
    ("de", "Präsident Ferdinand Marcos Jr. kam am Montag an. Später sagte Präsident Marcos, die Gespräche seien gut."),
])
def test_a_titled_surname_after_the_kb_persons_full_name_is_that_person(extract, lang, text):
    """The KB leaves out bare "Marcos" (his father's too): the article's full name decides."""
    facts = extract(text, lang, published="2024-07-08")
    assert [m.key for m in facts.mentions if m.text == "Marcos"] == ["ferdinand-marcos-jr"]
    assert not [k for k in facts.entities if k.startswith("new:Person")]
