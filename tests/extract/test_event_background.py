"""What an article tells as background, and who takes part when a sentence does not name
them: sentences written for this test, in both languages.

- an act after "after", "since", "already", "nachdem", "bereits", "als Antwort auf" came
  before the news: it gets neither the lead's date nor the main clause's actors, and it is
  not merged with the news act of the same kind;
- a date of a subordinate clause ("since he first took office in May") does not date the event,
  nor one inside a direct quote ("met Macron and said: 'We met in May'");
- a pronoun subject ("he", "er") is the one person the sentence before names;
- a visit and the talks of the same trip are one event, a stop elsewhere is not;
- an accord word inside an organisation's name, or sanctions someone evades, is no event;
- a name after a comma that ends a clause is no list item.
"""
from __future__ import annotations

import pytest


DAY = "2021-06-04"


def events_of(facts, kind):
    return [e for e in facts.events if e.kind == kind]


# --- background acts ------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Norway barred entry to 40 Belarusian officials after Minsk joined sanctions against Vilnius."),
    ("de", "Norwegen verhängte Einreiseverbote gegen 40 belarussische Beamte, nachdem Minsk "
           "Sanktionen gegen Litauen verhängt hatte."),
])
def test_the_act_after_the_news_is_background_without_the_lead_date(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [ban] = events_of(facts, "EntryBan")
    assert ban.date.iso == DAY and not ban.prior
    [sanction] = events_of(facts, "Sanction")
    assert sanction.prior and sanction.date is None
    assert "norway" not in sanction.actors and "lithuania" in sanction.actors


@pytest.mark.parametrize("lang,text,kind", [
    ("en", "Canada met Brazil on Monday after Brazil and France held talks in Paris.", "Meeting"),
    ("en", "Canada protested to Brazil on Monday after Brazil and France held talks in Paris.", "Protest"),
    ("de", "Kanada traf am Montag Brasilien, nachdem Brasilien und Frankreich in Paris Gespräche geführt hatten.",
     "Meeting"),
])
def test_the_parties_and_day_of_an_after_clause_stay_with_its_event(extract, lang, text, kind):
    """The news act takes no party of the clause "after" or "nachdem" opens, and the act
    that clause tells takes neither the news act's day nor its parties."""
    facts = extract(text, lang, published="2024-03-06")
    [news] = events_of(facts, kind)
    [talks] = events_of(facts, "Talks")
    assert (set(news.actors), news.date.iso, news.prior) == ({"canada", "brazil"}, "2024-03-04", False)
    assert (set(talks.actors), talks.place, talks.date, talks.prior) == ({"brazil", "france"}, "paris", None, True)


def test_a_protest_without_addressee_is_against_the_doer_of_the_after_clause(extract):
    [protest] = events_of(extract("Canada protested on Monday after Brazil held military drills near its coast.",
                                  "en", published="2024-03-06"), "Protest")
    assert set(protest.actors) == {"canada", "brazil"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada expelled two Iranian diplomats on Friday. Canada had already imposed sanctions on "
           "Iran. Canada imposed new sanctions on Iran on Friday."),
    ("de", "Kanada wies am Freitag zwei iranische Diplomaten aus. Kanada hatte bereits Sanktionen gegen "
           "den Iran verhängt. Kanada verhängte am Freitag neue Sanktionen gegen den Iran."),
])
def test_a_background_act_stays_apart_from_the_news_act(extract, lang, text):
    sanctions = events_of(extract(text, lang, published=DAY), "Sanction")
    assert sorted(e.prior for e in sanctions) == [False, True]


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada has already imposed sanctions on Iran, among them freezing the assets of two "
           "Iranian banks and an export ban."),
    ("de", "Kanada hat bereits Sanktionen gegen den Iran verhängt und dabei Vermögen zweier "
           "iranischer Banken eingefroren."),
])
def test_a_background_cue_covers_the_whole_list_of_its_sentence(extract, lang, text):
    [sanction] = events_of(extract(text, lang, published=DAY), "Sanction")
    assert sanction.prior and sanction.date is None and len(sanction.triggers) == 2


@pytest.mark.parametrize("lang,text", [
    ("en", "Prime Minister Mark Carney spoke with Chancellor Olaf Scholz by phone on Friday. "
           "Carney said both leaders agreed to continue their dialogue on trade talks."),
    ("de", "Premierminister Mark Carney telefonierte am Freitag mit Kanzler Olaf Scholz. Carney "
           "sagte, beide hätten vereinbart, die Gespräche über den Handel fortzusetzen."),
])
def test_talks_agreed_without_time_or_place_are_no_event(extract, lang, text):
    facts = extract(text, lang, published=DAY)      # (the agreement itself may be one)
    assert [(e.kind, e.status) for e in facts.events if e.kind != "Agreement"] == [("PhoneCall", "Happened")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Mark Carney spoke with Olaf Scholz by phone on Friday. Carney and Scholz agreed to "
           "meet in Berlin."),
    ("de", "Mark Carney telefonierte am Freitag mit Olaf Scholz. Carney und Scholz vereinbarten ein "
           "Treffen in Berlin."),
])
def test_a_planned_meeting_with_a_place_or_time_stays(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [meeting] = events_of(facts, "Meeting")
    assert (meeting.status, meeting.place) == ("Planned", "berlin")


@pytest.mark.parametrize("lang,text,status", [
    ("en", "Mark Carney and Olaf Scholz agreed on a new summit in Ottawa.", "Planned"),
    ("en", "Mark Carney and Olaf Scholz agreed at their summit in Ottawa to cut tariffs.", "Happened"),
    ("de", "Mark Carney und Olaf Scholz vereinbarten ein weiteres Gipfeltreffen in Ottawa.", "Planned"),
    ("de", "Mark Carney und Olaf Scholz vereinbarten beim Gipfeltreffen in Ottawa niedrigere Zölle.",
     "Happened"),
])
def test_a_gathering_someone_agrees_on_is_planned(extract, lang, text, status):
    [summit] = [e for e in extract(text, lang, published=DAY).events if e.kind in ("Summit", "Meeting")]
    assert (summit.status, summit.place) == (status, "ottawa")


@pytest.mark.parametrize("lang,text", [
    ("en", "China deployed radars on Shikotan on Monday. The deployment comes one year after China "
           "deployed drones on Kunashir."),
    ("de", "China stationierte am Montag Radare auf Schikotan. Die Stationierung erfolgt ein Jahr, "
           "nachdem China Drohnen auf Kunaschir stationiert hatte."),
])
def test_the_earlier_deployment_keeps_its_own_place(extract, lang, text):
    deployments = events_of(extract(text, lang, published=DAY), "Deployment")
    assert sorted((e.prior, e.place) for e in deployments) == [(False, "shikotan"), (True, "kunashir")]


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia banned entry to 30 Canadian officials in response to sanctions."),
    ("de", "Russland verhängte als Antwort auf westliche Sanktionen ein Einreiseverbot gegen 30 kanadische Beamte."),
])
def test_sanctions_named_as_a_cause_take_no_actors_of_the_clause(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [e.kind for e in facts.events] == ["EntryBan"]


# --- dates of other clauses -------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "It was Stoltenberg's first visit to Canada since he first took office in October 2014."),
    ("de", "Es war Stoltenbergs erster Besuch in Kanada, seit er im Oktober 2014 das Amt übernahm."),
])
def test_a_date_of_a_since_clause_does_not_date_the_visit(extract, lang, text):
    [visit] = events_of(extract(text, lang), "Visit")
    assert visit.date is None


# --- pronouns ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau criticised the decision. He told reporters accompanying him during a trip to "
           "Italy that talks must go on."),
    ("de", "Justin Trudeau kritisierte die Entscheidung. Er wolle nach Italien reisen und dort mit "
           "Regierungschefin Giorgia Meloni zusammenkommen."),
])
def test_a_pronoun_subject_is_the_person_named_before(extract, lang, text):
    [visit] = events_of(extract(text, lang, published=DAY), "Visit")
    assert "justin-trudeau" in visit.actors and "italy" in visit.actors


def test_a_pronoun_after_two_people_stays_unresolved(extract):
    text = ("Justin Trudeau met Emmanuel Macron. He told reporters during a trip to Italy that talks "
            "must go on.")
    visits = events_of(extract(text, "en", published=DAY), "Visit")
    assert all("justin-trudeau" not in v.actors and "emmanuel-macron" not in v.actors for v in visits)


def test_a_glued_full_stop_ends_the_sentence(extract):
    text = "Justin Trudeau kritisierte die Entscheidung.Er wolle nach Italien reisen."
    [visit] = events_of(extract(text, "de", published=DAY), "Visit")
    assert "justin-trudeau" in visit.actors


# --- one trip ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau made an unannounced visit to Kyiv on Saturday. Trudeau held talks in Kyiv "
           "with Volodymyr Zelenskyy."),
    ("de", "Justin Trudeau ist am Samstag zu einem Besuch nach Kiew gereist. In Kiew führte Trudeau "
           "Gespräche mit Wolodymyr Selenskyj."),
])
def test_a_visit_and_its_talks_are_one_event(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    assert [e.kind for e in facts.events] == ["Talks"]
    assert {"justin-trudeau", "volodymyr-zelenskyy"} <= set(facts.events[0].actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Before flying on to Kyiv, Justin Trudeau visited Poland, where he met Andrzej Duda."),
    ("de", "Justin Trudeau besuchte vor seiner Weiterreise nach Kiew Polen, wo er Andrzej Duda traf."),
])
def test_a_stop_elsewhere_is_its_own_event(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [stop] = facts.events
    assert "ukraine" not in stop.actors and "justin-trudeau" in stop.actors


# --- no event ---------------------------------------------------------------------------------
def test_an_accord_word_in_an_organisation_name_is_no_accord(extract):
    facts = extract("North Atlantic Treaty Organization envoys held talks with Mexico in Brussels "
                    "on Monday.", "en", published=DAY)
    assert "Agreement" not in {e.kind for e in facts.events}


@pytest.mark.parametrize("lang,text", [
    ("en", "Canada fined three firms that helped Iran evade sanctions on Monday."),
    ("de", "Kanada bestrafte am Montag drei Firmen, die dem Iran halfen, Sanktionen zu umgehen."),
])
def test_evaded_sanctions_are_no_sanctions(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "Sanction") == []


# --- places and calls -------------------------------------------------------------------------
def test_a_capitalised_direction_does_not_hide_the_place(extract):
    text = "China deployed radars in the disputed Southern Kurils in the Pacific on Monday."
    [ev] = events_of(extract(text, "en", published=DAY), "Deployment")
    assert ev.place == "kuril-islands"


@pytest.mark.parametrize("lang,text", [
    ("en", "Justin Trudeau said that during a phone call with Emmanuel Macron in May both agreed to meet."),
    ("de", "Justin Trudeau sagte, sein Telefonat mit Emmanuel Macron im Mai sei freundlich gewesen."),
])
def test_the_speaker_is_the_other_side_of_a_call(extract, lang, text):
    [call] = events_of(extract(text, lang, published=DAY), "PhoneCall")
    assert {"justin-trudeau", "emmanuel-macron"} <= set(call.actors)


def test_a_call_and_what_they_discussed_are_one_event(extract):
    text = ("Justin Trudeau spoke with Emmanuel Macron via phone on Tuesday. Both leaders agreed to "
            "hold talks in Paris soon. Trudeau and Macron discussed the war, a spokesman said.")
    facts = extract(text, "en", published=DAY)
    [call] = events_of(facts, "PhoneCall")
    assert call.date.iso == "2021-06-01" and "discussed" in call.triggers
    assert [e for e in facts.events if e.kind == "Talks" and e.status == "Happened"] == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Fumio Kishida spent Tuesday in Oslo, where he met Olaf Scholz."),
    ("de", "Fumio Kishida war am Dienstag zu Gast in Oslo, wo er Olaf Scholz traf."),
])
def test_he_of_a_where_clause_is_the_sentences_person_and_where_its_place(extract, lang, text):
    [meeting] = [e for e in extract(text, lang, published=DAY).events if e.kind == "Meeting"]
    assert meeting.place == "oslo"
    assert set(meeting.actors) == {"fumio-kishida", "olaf-scholz"}


@pytest.mark.parametrize("lang,text", [
    ("en", "After talks with Olaf Scholz in Berlin on Tuesday, Fumio Kishida flew on to Paris."),
    ("de", "Nach dem Treffen mit Olaf Scholz am Dienstag in Berlin reiste Fumio Kishida weiter nach Paris."),
])
def test_talks_with_someone_before_the_main_clause_include_its_subject(extract, lang, text):
    [talks] = [e for e in extract(text, lang, published=DAY).events if e.kind in ("Talks", "Meeting")]
    assert set(talks.actors) == {"olaf-scholz", "fumio-kishida"} and talks.place == "berlin"


# --- an act recalled by comparison ----------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron discussed a joint fund in Paris, as agreed in March."),
    ("en", "Scholz and Macron met in Paris, as agreed in March."),
    ("de", "Scholz und Macron sprachen beim Mittagessen über einen gemeinsamen Fonds, wie im März "
           "vereinbart."),
    ("de", "Scholz und Macron trafen sich in Paris, wie im März vereinbart."),
])
def test_an_agreement_recalled_by_as_neither_dates_nor_joins_the_gathering(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    [ev] = facts.events
    assert ev.kind in ("Meeting", "Talks") and ev.date.iso == DAY      # the lead's day, not March
    assert not any(r.startswith(f"{lang}.agree") for r in ev.rules)


@pytest.mark.parametrize("lang,text,month", [
    ("en", "Scholz decided on Tuesday to travel to Paris.", None),
    ("de", "Scholz entschied am Dienstag, nach Paris zu reisen.", None),
    ("en", "Scholz decided on Tuesday to travel to Paris in July.", "2021-07"),
])
def test_the_day_of_deciding_to_travel_is_not_the_trips(extract, lang, text, month):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.status, ev.date.iso if ev.date else None) == ("Visit", "Planned", month)


@pytest.mark.parametrize("lang,text", [
    ("en", "Since Scholz and Macron agreed in March to start talks about a fund, Germany and France "
           "have held a study."),
    ("de", "Seit Scholz und Macron im März vereinbarten, Verhandlungen über einen Fonds aufzunehmen, haben "
           "Deutschland und Frankreich eine Studie durchgeführt."),
])
def test_talks_agreed_in_a_recalled_clause_are_no_news(extract, lang, text):
    assert events_of(extract(text, lang, published=DAY), "Talks") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz and Macron agreed to hold a new bilateral energy security meeting in Paris in late August."),
    ("de", "Scholz und Macron vereinbarten ein zweites Treffen der Energieminister beider Länder Ende "
           "August in Paris."),
])
def test_a_gathering_agreed_with_many_modifiers_is_planned(extract, lang, text):
    [meeting] = events_of(extract(text, lang, published=DAY), "Meeting")
    assert (meeting.status, meeting.date.iso, meeting.place) == ("Planned", "2021-08", "paris")


@pytest.mark.parametrize("lang,text", [
    ("en", "Scholz met Macron at a museum in Paris, opened in 2016."),
    ("en", "Scholz met Macron at a museum in Paris, which opened in 2016."),
    ("de", "Scholz traf Macron in einem Museum in Paris, das 2016 eröffnet wurde."),
])
def test_the_time_of_a_phrase_on_the_last_noun_is_not_the_events(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.date.iso) == ("Meeting", DAY)


@pytest.mark.parametrize("lang,text", [
    ("de", "Seit dem Ende der Krise im Hafen am 3. Mai 2021 hat Norwegen zwölf russische "
           "Diplomaten ausgewiesen."),
    ("en", "Since the end of the crisis in the port on May 3, 2021, Norway has expelled twelve "
           "Russian diplomats."),
])
def test_a_date_at_the_end_of_a_long_since_phrase_starts_the_period(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert ev.kind == "Expulsion" and (ev.date is None or ev.date.iso == DAY)


@pytest.mark.parametrize("lang,text", [
    ("de", "Kanzler Olaf Scholz, der auf seiner Reise durch Frankreich auch Macron trifft, war erst "
           "im März zu Gesprächen in Brüssel gewesen."),
])
def test_a_relative_clause_does_not_take_the_main_clauses_time(extract, lang, text):
    facts = extract(text, lang, published=DAY)
    here = [e for e in facts.events if e.kind in ("Visit", "Meeting") and "brussels" != e.place]
    assert here and all(e.date.iso == DAY for e in here)


@pytest.mark.parametrize("text", [
    "Am Montag trifft EU-Kommissionschefin Ursula von der Leyen in Kanada ein.",
    "Am Freitag trifft Nato-Generalsekretär Jens Stoltenberg in Kanada ein.",
])
def test_a_hyphenated_word_inside_a_separable_verb(extract, text):
    assert [e.kind for e in extract(text, "de", published=DAY).events] == ["Visit"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Dies hat Scholz bei einem Treffen mit Macron in Paris verkündet: „Gemäß den Ergebnissen "
           "der Gespräche in Lima im November beginnen wir heute.“"),
    ("en", 'Scholz announced this at a meeting with Macron in Paris: "In line with the results of the talks '
           'in Lima in November, we begin today."'),
    ("en", 'Scholz met Macron in Paris on Friday and said: "We last met in November."'),
])
def test_a_date_inside_a_quote_does_not_date_the_event_told_around_it(extract, lang, text):
    [ev] = extract(text, lang, published=DAY).events
    assert (ev.kind, ev.place) == ("Meeting", "paris") and not ev.date.iso.endswith("-11")


@pytest.mark.parametrize("text", [
    "Kanada und Brasilien starteten ein seit Monaten geplantes Manöver in der Ostsee.",
    "Kanada und Brasilien starteten das bereits angekündigte Manöver in der Ostsee.",
])
def test_a_cue_inside_a_participle_before_the_event_is_the_plannings_time(extract, text):
    [ev] = extract(text, "de", published="2023-05-10").events
    assert (ev.kind, ev.prior, set(ev.actors), ev.place) == ("MilitaryExercise", False, {"canada", "brazil"},
                                                             "baltic-sea")


@pytest.mark.parametrize("lang,text", [
    ("de", "Bereits am Montag trifft Scholz in Paris den französischen Präsidenten Macron."),
    ("en", "Scholz will meet Macron in Paris as early as Monday, after talks in Berlin."),
])
def test_an_early_date_of_a_plan_is_no_background(extract, lang, text):
    """"bereits", "schon" or "after" before a meeting still to come make it no recalled event."""
    events = extract(text, lang, published="2024-03-06").events
    [ev] = [e for e in events if set(e.actors) == {"olaf-scholz", "emmanuel-macron"}]
    assert (ev.status, ev.prior, ev.date.iso, ev.place) == ("Planned", False, "2024-03-11", "paris")


def test_a_fronted_since_phrase_ends_at_the_clauses_verb(extract):
    events = extract("Seit dem Gipfel in Madrid haben Kanada und Brasilien ein Manöver in der Ostsee begonnen.", "de",
                     published="2023-05-10").events
    [ev] = [e for e in events if e.kind == "MilitaryExercise"]
    assert set(ev.actors) == {"canada", "brazil"}


@pytest.mark.parametrize("text", [
    "Ties have grown since Canadian Prime Minister Justin Trudeau sent his troops into Brazil.",
    "Ties have grown since Canada sent troops into Brazil.",
])
def test_the_subject_of_a_since_clause_is_its_acts(extract, text):
    """"since X sent troops": the phrase is a clause with X its subject, recalled, not
    skipped as a period's start."""
    [ev] = [e for e in extract(text, "en", published="2023-05-10").events if e.kind == "Deployment"]
    assert ev.actors[:1] in (["justin-trudeau"], ["canada"]) and ev.prior


@pytest.mark.parametrize("lang,text", [
    ("de", "Bei anhaltenden Spannungen zwischen Kanada und Brasilien hielten Frankreich und Italien ein Manöver "
           "in der Ostsee ab."),
    ("en", "Amid tensions between Canada and the United States, France and Italy held drills in the Baltic Sea."),
])
def test_the_sides_of_tensions_the_news_is_set_amid_take_no_part(extract, lang, text):
    [ev] = extract(text, lang, published="2023-05-10").events
    assert (ev.kind, set(ev.actors), ev.place) == ("MilitaryExercise", {"france", "italy"}, "baltic-sea")


def test_a_headline_a_page_repeats_in_sentence_case_counts_once_in_the_lead(extract):
    text = ("Bombers From France And Britain Seen Over North Sea\n\n"
            "Bombers from France and Britain seen over North Sea\n\n"
            "French and British bombers jointly flew a long patrol over the North Sea on Tuesday, officials said.")
    [ev] = extract(text, "en", published="2021-06-04").events
    assert (ev.kind, ev.lead, ev.date.iso) == ("MilitaryExercise", True, "2021-06-01")


def test_a_plan_with_a_time_the_article_cannot_place_is_kept(extract):
    [ev] = extract("Kanada will seine Strafmaßnahmen gegen Brasilien in der kommenden Woche ausweiten.", "de").events
    assert (ev.kind, ev.status, ev.relative_date) == ("Sanction", "Planned", "kommenden Woche")


@pytest.mark.parametrize("lang,text", [
    ("en", "Brazil is suspending its permanent mission to NATO, the foreign ministry said.\n"
           "Brazil and NATO suspended their joint programme in 2014."),
    ("de", "Brasilien setzt seine Vertretung bei der Nato aus, teilte das Außenministerium mit.\n"
           "Brasilien und die Nato setzten ihr gemeinsames Programm im Jahr 2014 aus."),
])
def test_the_leads_act_and_one_the_article_dates_years_before_are_two(extract, lang, text):
    events = extract(text, lang, published="2021-10-19").events
    assert sorted(e.date.iso for e in events) == ["2014", "2021-10-19"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The announcement came after Scholz met in Paris with visiting French President Emmanuel Macron on Monday."),
    ("de", "Die Ankündigung erfolgte nach einem Treffen von Scholz mit Macron in Paris am Montag."),
])
def test_the_occasion_of_an_announcement_is_the_news_not_background(extract, lang, text):
    [ev] = extract(text, lang, published="2023-05-20").events
    assert (ev.kind, ev.prior, ev.place, ev.date.iso) == ("Meeting", False, "paris", "2023-05-15")


def test_what_a_move_comes_after_stays_background(extract):
    events = extract("Canada expels two Brazilian diplomats. The move comes after Mexico expelled ten Brazilian "
                     "diplomats over a spy affair on March 4.", "en", published="2023-05-20").events
    assert [(e.actors, e.prior) for e in events] == [(["canada", "brazil"], False), (["mexico", "brazil"], True)]


@pytest.mark.parametrize("lang,text", [
    ("en", "In retaliation for the expulsion of a Canadian diplomat from Brasilia last month, Canada ordered a "
           "Brazilian diplomat to leave the country."),
    ("en", "In response to Brazil's expulsion of a Canadian diplomat last month, Canada expelled a Brazilian diplomat."),
    ("de", "Als Reaktion auf die Ausweisung eines kanadischen Diplomaten im vergangenen Monat hat Kanada einen "
           "brasilianischen Diplomaten ausgewiesen."),
])
def test_the_time_of_a_fronted_cause_is_not_the_acts(extract, lang, text):
    """Told on 4 October: the cause of last month keeps September, the act is the news of the day."""
    facts = extract(text, lang, published="2022-10-04")
    [act] = [e for e in facts.events if "brazil" in e.targets]
    assert act.date.iso == "2022-10-04"


@pytest.mark.parametrize("lang,text,day", [
    ("de", "Trudeau traf am Morgen in Ottawa den brasilianischen Präsidenten Lula da Silva.", "2022-10-04"),
    ("de", "Trudeau trifft morgen in Ottawa den brasilianischen Präsidenten Lula da Silva.", "2022-10-05"),
])
def test_am_morgen_is_a_time_of_day_and_morgen_tomorrow(extract, lang, text, day):
    [meeting] = extract(text, lang, published="2022-10-04").events
    assert meeting.date.iso == day


def test_a_bracketed_clock_ends_no_clause(extract):
    """"Er wollte am Abend (Ortszeit) mit X zusammentreffen": he is the one to meet X."""
    facts = extract("Trudeau ist in Ottawa eingetroffen. Am Donnerstag (Ortszeit) traf er den brasilianischen "
                    "Präsidenten Lula da Silva.", "de", published="2022-10-07")
    [meeting] = [e for e in facts.events if e.kind == "Meeting"]
    assert "justin-trudeau" in meeting.actors and meeting.date.iso == "2022-10-06"


@pytest.mark.parametrize("lang,text", [
    ("en", "Trudeau, who served as prime minister from 2009 to 2010, ignored the concerns, starting his three-day "
           "trip with a visit to Brasilia."),
    ("de", "Trudeau, der von 2009 bis 2010 Premierminister war, ignorierte die Bedenken und begann seine dreitägige "
           "Reise mit einem Besuch in Brasilia."),
])
def test_the_years_of_a_relative_clause_on_the_subject_do_not_date_the_act(extract, lang, text):
    [visit] = [e for e in extract(text, lang, published="2015-03-10").events if e.kind == "Visit"]
    assert visit.date is None or visit.date.iso == "2015-03-10"


def test_the_date_of_a_participle_on_another_noun_is_that_nouns(extract):
    """"based on a joint statement issued in April 2013": the statement's month, not the talks'."""
    [talks] = extract("Trudeau and Macron agreed to proceed with the negotiations based on a joint statement "
                      "issued in April 2013.", "en", published="2015-09-29").events
    assert talks.date is None or talks.date.iso == "2015-09-29"


def test_talks_held_in_a_month_keep_it(extract):
    [talks] = extract("Canada and France held talks in Ottawa in April 2013.", "en", published="2015-09-29").events
    assert talks.date.iso == "2013-04"


@pytest.mark.parametrize("text,month", [
    ("Sanctions against Brazil were imposed in March 2022.", "2022-03"),
    ("The talks between Canada and Brazil were postponed in January 2025.", "2025-01"),
])
def test_a_passive_participle_keeps_its_own_date(extract, text, month):
    [ev] = extract(text, "en", published="2025-03-14").events
    assert ev.date.iso == month
