"""Names the knowledge base lacks, found by their shape and by the gazetteer: sentences
written for this test, in both languages. Each name is found with its rule as evidence,
and nothing else is taken for a name (title-case headlines, German nouns, ordinary words,
demonyms, weekdays)."""
from __future__ import annotations

import pytest

from diplograph.extract.gazetteer import cache_name, city_names
from diplograph.extract.wordcache import cache_dir


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Lee Min-jun said the talks were useful.", "new:Person:lee min-jun"),
    ("en", "The talks were useful, said Lee Min-jun.", "new:Person:lee min-jun"),
    ("en", "Yohei Kono, a former speaker of the lower house, met students.", "new:Person:yohei kono"),
    ("en", "South Korean Lee Min-jun met Ishiba in Tokyo.", "new:Person:lee min-jun"),
    ("de", "Lee Soo Hyun sagte, die Gespräche seien nützlich gewesen.", "new:Person:lee soo hyun"),
    ("de", "Die Gespräche seien nützlich gewesen, sagte Lee Soo Hyun.", "new:Person:lee soo hyun"),
    ("de", "Lee Min-jun, der Präsident Südkoreas, traf Ishiba.", "new:Person:lee min-jun"),
    ("en", "Chad Smith met Kishida in Tokyo.", "new:Person:chad smith"),
    ("en", "Paris Hilton arrived in Tokyo on Monday.", "new:Person:paris hilton"),
    ("de", "Victoria Nuland traf ukrainische Beamte in Kiew.", "new:Person:victoria nuland"),
    ("en", "Igor Morgulov, Russia's deputy foreign minister, met the ambassador.", "new:Person:igor morgulov"),
    ("de", "Igor Morgulow, Russlands Vizeaußenminister, traf den Botschafter.", "new:Person:igor morgulow"),
    ("en", "Nancy Pelosi's daughter Alexandra Pelosi filmed the trip.", "new:Person:alexandra pelosi"),
    ("de", "Seine Tochter Alexandra Pelosi filmte die Reise.", "new:Person:alexandra pelosi"),
    ("en", "Kishida met Hanna Beispiel in Tokyo on Monday.", "new:Person:hanna beispiel"),
    ("en", "Kishida met with Hanna Beispiel on Monday.", "new:Person:hanna beispiel"),
    ("de", "Kishida traf Hanna Beispiel am Montag in Tokio.", "new:Person:hanna beispiel"),
    ("de", "Kishida telefonierte mit Hanna Beispiel.", "new:Person:hanna beispiel"),
    ("en", "After a long day of meetings in the capital on Monday and Tuesday, Kishida met with Hanna "
           "Beispiel in Tokyo.", "new:Person:hanna beispiel"),
    ("de", "Die Gespräche in der Hauptstadt am Montag und Dienstag seien nützlich gewesen, sagte Hanna "
           "Beispiel.", "new:Person:hanna beispiel"),
    ("en", "Scholz met his Canadian counterpart Hanna Beispiel earlier in the day.", "new:Person:hanna beispiel"),
    ("de", "Scholz traf seinen kanadischen Amtskollegen Hanno Beispiel in Ottawa.", "new:Person:hanno beispiel"),
    ("en", "Ottawa summoned Brazilian Ambassador to Canada Hanna Beispiel to the ministry.",
     "new:Person:hanna beispiel"),
    ("de", "Hanno Beispiel sagte, die Lage sei schwierig.", "new:Person:hanno beispiel"),   # guard:
    ("de", "Park Jin-woo sagte, die Lage sei schwierig.", "new:Person:park jin-woo"),      # given names
    ("en", "Canadian PM Hanna Beispiel Holds Talks With Brazil", "new:Person:hanna beispiel"),
    ("en", "Foreign Minister Hanna Beispiel Marks met Macron in Paris on Monday.",     # guard: no headline,
     "new:Person:hanna beispiel marks"),                                           # the surname stays
])
def test_people_without_a_title(extract, lang, text, key):
    assert extract(text, lang).entities[key].kind == "Person"


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Chinese jets circled the Koshiki Islands on Monday.", "new:Place:koshiki islands"),
    ("en", "Kishida visited the Polish city of Przemysl on Monday.", "new:Place:przemysl"),
    ("en", "Kishida arrived in Przemysl on Monday.", "new:Place:przemysl"),
    ("de", "Kishida reiste in die Stadt Przemysl.", "new:Place:przemysl"),
    ("de", "Kishida traf am Montag in Przemysl ein.", "new:Place:przemysl"),
    ("de", "Chinesische Jets landeten nahe der Insel Okinotori.", "new:Place:okinotori"),
    ("en", "Biden met Marcos at Subic Bay on Monday.", "new:Place:subic bay"),
    ("en", "Russia began drills in the southern Tambov region on Monday.", "new:Place:tambov"),
    ("en", "A missile was fired from the Kapustin cosmodrome.", "new:Place:kapustin"),
    ("en", "The warhead hit the Sary training ground.", "new:Place:sary"),
    ("en", "Kishida met Modi in India's Bengaluru on Monday.", "new:Place:bengaluru"),
    ("de", "Russland hat am Montag im Gebiet Tambow ein Manöver begonnen.", "new:Place:tambow"),
    ("de", "Die Übung fand auf dem Truppenübungsplatz Sary statt.", "new:Place:sary"),
    ("en", "Biden met Kishida at Apra Harbor on Monday.", "new:Place:apra harbor"),
    ("de", "Biden hat Kishida am Montag in Apra Harbor empfangen.", "new:Place:apra harbor"),
    ("en", "The Midori Party said quotas would fall.", "new:Organization:midori party"),
    ("en", "The Japanese Maritime Self-Defense Force sent ships.", "new:Organization:maritime self-defense force"),
    ("en", "Deutsche Bank said profits fell.", "new:Organization:deutsche bank"),
    ("de", "Das Ministerium für Fischerei teilte mit, die Quoten sänken.",
     "new:Organization:ministerium für fischerei"),
])
def test_places_and_organisations_by_their_shape(extract, lang, text, key):
    assert key in extract(text, lang).entities


@pytest.mark.parametrize("lang,text", [
    ("en", "Navy Chief Warns Of Rising Tensions Near Busy Sea Lanes"),
    ("en", "The Ministry of Fisheries said quotas would fall."),
    ("en", "Kishida met Deutsche Bank chief executives in Tokyo."),
    ("en", "Kishida met Japanese officials in Tokyo."),
    ("de", "Kishida traf Vertreter der Regierung in Tokio."),
    ("en", "Tokyo Electric said the plant was safe."),
    ("en", "Sri Lanka urged calm on Monday."),
    ("en", "The Defense Ministry said the jets had left the Japanese island."),
    # two ordinary capitalised words before a body's head open the sentence: no name
    ("en", "Foreign Affairs Committee members said the jets had left the island."),
    ("en", "Japan said the Security Council would meet on Monday."),
    ("en", "In March, Reading said nothing about the Islands."),
    ("de", "Im Lauf der Jahre sagte die Regierung nichts."),
    ("de", "Die Nachrichtenagentur Reuters Japan sagte am Montag nichts."),
    ("de", "Finnland verlegt Boote zu den Åland-Inseln vor der Küste."),
    ("de", "Auf einer Pressekonferenz im Élysée-Palast nannte Macron die Freundschaft einen Eckpfeiler."),
    # a German sentence opens with a word written small elsewhere: no given name
    ("de", "Letzte Woche erklärte das Ministerium, dass zwei Fregatten gesichtet worden seien."),
    ("de", "Neben Strafzöllen verlangte Trump auch mehr Geld."),
    ("de", "Wirtschaftliche Machtkämpfe, der Handelsstreit und die Dürre belasten die Region."),
    # the article of an apposition is no part of a name
    ("de", "An der Konferenz, die kurz vor dem Jahrestag stattfand, sprachen Vertreter beider Länder."),
    # a title-case headline after a role word: ordinary words and their forms
    ("en", "Canadian PM Holds Video Call With Brazilian Leader"),
    # a compound on a known name before a relative clause ("Japan-Reise, die ..."): no person
    ("de", "Trudeau sprach über seine Japan-Reise, die im Mai beginnt."),
    # a church named after "the head of": a body, no person
    ("en", "Japan will host the head of the Brazilian Catholic Church, Cardinal Silva, next week."),
    ("de", "Japan empfängt nächste Woche das Oberhaupt der Katholischen Kirche."),
    # a title with no name after it
    ("en", "The Speaker said the vote on the treaty would go ahead."),
    ("en", "Speaker Of The House Visits Taipei"),
    # "PM" after a time of day is the time, and a time zone after it no name
    ("en", "Updated on Feb 13, 2025 10:58 PM IST, the ministry said."),
    ("en", "The call began at 9 PM EST on Tuesday."),
])
def test_nothing_else_is_taken_for_a_name(extract, lang, text):
    assert not [k for k in extract(text, lang).entities if k.startswith("new:")]


def test_the_gazetteer_is_cached_as_plain_text():
    names = city_names()
    assert "Przemysl" in names and "Wladiwostok" in names and len(names) > 100_000
    assert (cache_dir() / cache_name()).read_text(encoding="utf-8").count("\n") + 1 == len(names)


@pytest.mark.parametrize("lang,text,key,confidence,evidence", [
    ("en", "Lee Min-jun said the talks were useful.", "new:Person:lee min-jun", 0.6, "names.en.person.said"),
    ("de", "Kishida traf am Montag in Przemysl ein.", "new:Place:przemysl", 0.55, "names.de.place.gazetteer"),
    ("en", "Congress passed a bill on sanctions against Russia, the White House said in Washington.",
     "us-congress", 0.7, "context"),
    ("de", "Außenminister Sergej Lawrow sagte, die Gespräche seien gut.", "sergey-lavrov", 1.0, ""),
])
def test_each_name_carries_its_evidence(extract, lang, text, key, confidence, evidence):
    ent = extract(text, lang).entities[key]
    assert (ent.confidence, ent.evidence) == (confidence, evidence)


@pytest.mark.parametrize("text,key", [
    ("Schweden hat am Montag auf der Insel Gotland Truppen stationiert.", "new:Place:gotland"),
    ("Kanada hat in der Stadt Winnipeg Protest eingelegt.", "new:Place:winnipeg"),
    ("Russland testete auf der Insel Nowaja Semlja eine Bombe.", "new:Place:nowaja semlja"),
])
def test_a_german_place_name_ends_before_a_common_noun(extract, text, key):
    places = [k for k in extract(text, "de").entities if k.startswith("new:Place:")]
    assert places == [key]


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Admiral Hanna Beispiel met Kishida in Tokyo on Monday.", "new:Person:hanna beispiel"),
    ("en", "Lieutenant Colonel Hanno Beispiel said the exercise went well.", "new:Person:hanno beispiel"),
    ("en", "Kishida met Gen. Hanno Beispiel in Tokyo on Monday.", "new:Person:hanno beispiel"),
    ("en", "Brazil sanctioned Canadian lawmaker Hanno Beispiel on Monday.", "new:Person:hanno beispiel"),
    ("de", "Generalleutnant Hanno Beispiel traf Kishida am Montag in Tokio.", "new:Person:hanno beispiel"),
    ("de", "Kishida traf den Abgeordneten Hanno Beispiel in Tokio.", "new:Person:hanno beispiel"),
    ("en", "Canadian Ambassador Hanno von Quastenberg met Kishida in Tokyo.",
     "new:Person:hanno von quastenberg"),
    ("de", "Der kanadische Botschafter Hanno von Quastenberg traf Kishida in Tokio.",
     "new:Person:hanno von quastenberg"),
    ("en", "House Speaker Hanna Beispiel arrived in Taipei on Tuesday.", "new:Person:hanna beispiel"),
    ("en", "Canadian House Speaker Hanna Beispiel arrived in Taipei on Tuesday.", "new:Person:hanna beispiel"),
    ("en", "Governor Hanno Beispiel met Kishida in Tokyo on Monday.", "new:Person:hanno beispiel"),
])
def test_people_after_a_rank_or_with_a_name_particle(extract, lang, text, key):
    facts = extract(text, lang)
    assert facts.entities[key].kind == "Person"
    surname = key.split(" ")[-1]
    assert not [k for k, e in facts.entities.items() if e.kind == "Person" and k != key and k.endswith(" " + surname)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The destroyer Admiral Tributs sailed through the strait with the frigate."),
    ("de", "Der Zerstörer Admiral Tributs fuhr mit der Fregatte durch die Meerenge."),
])
def test_a_ship_named_after_a_rank_and_one_name_is_no_person(extract, lang, text):
    assert not [k for k, e in extract(text, lang).entities.items() if e.kind == "Person"]


@pytest.mark.parametrize("lang,text,key", [
    ("en", "Ambassador Hanna Major met Kishida in Tokyo on Tuesday.", "new:Person:hanna major"),
    ("de", "Botschafterin Hanna Hauptmann traf am Montag Kishida in Tokio.", "new:Person:hanna hauptmann"),
    ("de", "Oberst Max Berger traf am Dienstag in Warschau polnische Offiziere.", "new:Person:max berger"),
])
def test_a_rank_word_as_surname_and_common_words_after_a_rank_make_a_name(extract, lang, text, key):
    assert extract(text, lang).entities[key].kind == "Person"


@pytest.mark.parametrize("lang,text", [
    ("en", "The navy stopped the cargo ship Captain Hanno Beispiel off the coast on Tuesday."),
    ("en", "Canada Expels Brazilian Consulate General Employee After Spy Row"),
    ("de", "Die Abgeordneten Grünen und Linken trafen sich am Montag mit dem Botschafter."),
])
def test_ships_headlines_and_plural_titles_name_no_person(extract, lang, text):
    assert not [k for k, e in extract(text, lang).entities.items() if e.kind == "Person"]


@pytest.mark.parametrize("lang,text", [
    ("en", "But Quastenberg, who served as prime minister, paid no heed to the concerns."),
    ("en", "And Quastenberg said the talks went well."),
    ("de", "Doch Quastenberg, der Premierminister war, ignorierte die Bedenken."),
])
def test_a_connective_opening_the_sentence_is_no_given_name(extract, lang, text):
    assert not [k for k, e in extract(text, lang).entities.items() if e.kind == "Person"]


@pytest.mark.parametrize("text,key", [
    ("Japan will leave the International Seal Hunting Commission next year.", "new:Organization:international seal hunting commission"),
    ("Reports said the Internet Research Agency had paid for the posts.", "new:Organization:internet research agency"),
])
def test_ordinary_capitalised_words_before_a_bodys_head_inside_a_sentence_name_it(extract, text, key):
    assert extract(text, "en").entities[key].kind == "Organization"



@pytest.mark.parametrize("text", [
    "Abe und Putin trafen sich am Freitag im Grenzort Kalvenau.",
    "Abe und Putin trafen sich am Freitag in der Küstenstadt Kalmara.",
    "Abe und Putin trafen sich am Freitag im Badeort Ostwinkel.",
])
def test_a_german_settlement_noun_names_the_place_after_it(extract, text):
    facts = extract(text, "de", published="2018-04-27")
    [ev] = facts.events
    assert ev.place is not None and ev.place.startswith("new:Place:") and ev.date.iso == "2018-04-27"


@pytest.mark.parametrize("text", [
    "Baerbock traf am Montag im Dorf Bewohner, die von den Überschwemmungen berichteten.",
    "Nordkoreanische Soldaten feuerten am Montag im Grenzdorf Warnschüsse ab.",
])
def test_a_noun_after_a_village_is_no_place(extract, text):
    assert not [k for k in extract(text, "de", published="2018-04-27").entities if k.startswith("new:Place:")]


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Former President Richard M. Nixon arrived in Beijing in 1972.", "Richard M. Nixon"),
    ("en", "President Harold T. Beispiel visited China in 1972.", "Harold T. Beispiel"),
    ("en", "John F. Kennedy met Nikita Khrushchev in Vienna in June 1961.", "John F. Kennedy"),
    ("de", "John F. Kennedy traf Nikita Chruschtschow im Juni 1961 in Wien.", "John F. Kennedy"),
    ("en", "Former President Harold H. W. Beispiel visited Moscow in 1989.", "Harold H. W. Beispiel"),
])
def test_a_middle_initial_is_part_of_the_name(extract, lang, text, name):
    facts = extract(text, lang, published="2016-12-03")
    assert name in {ent.label for ent in facts.entities.values() if ent.kind == "Person"}
    assert not [ent for ent in facts.entities.values() if ent.kind == "Person" and ent.label in name.split()]


def test_a_given_name_and_initial_before_a_known_person_are_that_persons(extract):
    facts = extract("Secretary of State Michael R. Pompeo met Sergey Lavrov in Sochi on Tuesday.", "en",
                    published="2019-05-15")
    assert "mike-pompeo" in facts.entities
    assert not [ent for ent in facts.entities.values() if ent.kind == "Person" and not ent.known]
