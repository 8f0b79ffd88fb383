"""diplograph_roles (with the article step): who holds which role for which country/org."""
from __future__ import annotations

import pytest

from tests.extract.extract_helpers import role_triples


def rules(facts) -> dict:
    return {(r.person, r.role, r.org): r.rule for r in facts.roles}


# --- roles.explicit -----------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Russlands Außenminister Sergej Lawrow empfing in Moskau Japans Premierminister Shinzo Abe."),
    ("en", "Russian Foreign Minister Sergey Lavrov received Japanese Prime Minister Shinzo Abe in Moscow."),
    ("en", "Russia's Foreign Minister Sergey Lavrov received Japan's Prime Minister Shinzo Abe in Moscow."),
])
def test_explicit_roles_with_country_modifier(extract, lang, text):
    facts = extract(text, lang)
    assert rules(facts) == {("sergey-lavrov", "foreign-minister", "russia"): "roles.explicit",
                            ("shinzo-abe", "prime-minister", "japan"): "roles.explicit"}
    assert {r.confidence for r in facts.roles} == {0.9}


@pytest.mark.parametrize("lang,text", [
    ("de", "NATO-Generalsekretär Jens Stoltenberg kam nach Tokio."),
    ("en", "NATO Secretary General Jens Stoltenberg came to Tokyo."),
    ("en", "NATO Secretary-General Jens Stoltenberg came to Tokyo."),
])
def test_organisation_modifier(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("jens-stoltenberg", "secretary-general", "nato")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Chefkabinettssekretär Kenji Tanabe äußerte sich am Abend."),
    ("en", "Japan's Chief Cabinet Secretary Kenji Tanabe spoke in the evening."),
    ("en", "Japanese Chief Cabinet Secretary Kenji Tanabe spoke in the evening."),
    ("de", "Der leitende japanische Kabinettssekretär Kenji Tanabe äußerte sich am Abend."),
])
def test_unknown_person_with_role(extract, lang, text):
    facts = extract(text, lang)
    assert role_triples(facts) == {("new:Person:kenji tanabe", "chief-cabinet-secretary", "japan")}
    person = facts.entities["new:Person:kenji tanabe"]
    assert (person.kind, person.label, person.known) == ("Person", "Kenji Tanabe", False)


@pytest.mark.parametrize("lang,text", [
    ("en", "Chilean leader Rolf Lindgren came to Tokyo."),
    ("en", "Chile's supreme leader Rolf Lindgren came to Tokyo."),
    ("de", "Chiles Machthaber Rolf Lindgren kam nach Tokio."),
])
def test_a_ruler_without_office_is_the_leader_of_his_state(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("new:Person:rolf lindgren", "leader", "chile")}


@pytest.mark.parametrize("lang,text", [
    ("en", "The Chilean leader met Vladimir Putin in Moscow on Thursday."),
    ("de", "Der chilenische Machthaber traf am Donnerstag in Moskau Wladimir Putin."),
])
def test_the_state_of_a_leader_named_by_no_name_takes_part(extract, lang, text):
    [ev] = extract(text, lang, published="2019-05-10").events
    assert set(ev.actors) == {"chile", "vladimir-putin"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Russian leader Vladimir Putin came to Tokyo."),
    ("de", "Russlands Machthaber Wladimir Putin kam nach Tokio."),
])
def test_a_leader_the_kb_knows_in_office_is_still_called_leader(extract, lang, text):
    # the article states the title; the KB's office (president) is background, not a correction
    assert role_triples(extract(text, lang, published="2019-05-10")) == {("vladimir-putin", "leader", "russia")}


def test_leaders_of_a_group_name_no_office(extract):
    facts = extract("Chile's Defence Minister Rolf Lindgren spoke on Tuesday, as leaders of the Pacific "
                    "group met in Lima.", "en")
    assert role_triples(facts) == {("new:Person:rolf lindgren", "defence-minister", "chile")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Besuch folgt einer Vereinbarung zwischen Chiles Machthaber Rolf Lindgren und Präsident Wladimir Putin."),
    ("en", "The visit follows a deal between Chilean leader Rolf Lindgren and President Vladimir Putin."),
])
def test_a_second_role_keeps_the_country_the_kb_knows(extract, lang, text):
    assert role_triples(extract(text, lang, published="2019-05-10")) == {
        ("new:Person:rolf lindgren", "leader", "chile"), ("vladimir-putin", "president", "russia")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Chilean opposition leader Rolf Lindgren came to Tokyo."),
    ("de", "Der chilenische Oppositionsführer Rolf Lindgren kam nach Tokio."),
])
def test_an_opposition_leader_leads_no_state(extract, lang, text):
    assert role_triples(extract(text, lang)) == set()


@pytest.mark.parametrize("lang,text", [
    ("de", "Außenminister Sergej Lawrow kam nach Tokio."),
    ("en", "Foreign Minister Sergey Lavrov came to Tokyo."),
])
def test_country_from_the_kb_nationality(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("sergey-lavrov", "foreign-minister", "russia")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Chefkabinettssekretär Kenji Tanabe äußerte sich am Abend."),
    ("en", "Chief Cabinet Secretary Kenji Tanabe spoke in the evening."),
])
def test_no_role_without_any_country(extract, lang, text):
    assert extract(text, lang).roles == []


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Regierungschef Kishida Fumio reiste nach Madrid."),
    ("en", "Japan's Prime Minister Kishida Fumio travelled to Madrid."),
])
def test_japanese_name_order(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("fumio-kishida", "prime-minister", "japan")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenminister Taro Kono und Verteidigungsminister Itsunori Onodera reisten nach Moskau."),
    ("en", "Japanese Foreign Minister Taro Kono and Defense Minister Itsunori Onodera flew to Moscow."),
])
def test_second_role_inherits_the_country(extract, lang, text):
    assert rules(extract(text, lang)) == {("taro-kono", "foreign-minister", "japan"): "roles.explicit",
                                          ("itsunori-onodera", "defence-minister", "japan"): "roles.explicit"}


# --- roles.coordinated --------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "In Tokio trafen sich die Außenminister Taro Kono und Sergej Lawrow sowie die "
           "Verteidigungsminister Itsunori Onodera und Sergej Schoigu."),
    ("en", "In Tokyo, the foreign ministers Taro Kono and Sergey Lavrov as well as the defence "
           "ministers Itsunori Onodera and Sergei Shoigu met."),
])
def test_one_role_word_over_a_list(extract, lang, text):
    assert rules(extract(text, lang)) == {
        ("taro-kono", "foreign-minister", "japan"): "roles.coordinated",
        ("sergey-lavrov", "foreign-minister", "russia"): "roles.coordinated",
        ("itsunori-onodera", "defence-minister", "japan"): "roles.coordinated",
        ("sergei-shoigu", "defence-minister", "russia"): "roles.coordinated"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans und Russlands Außenminister Taro Kono und Sergej Lawrow trafen sich in Moskau."),
    ("en", "Japanese and Russian foreign ministers Taro Kono and Sergey Lavrov met in Moscow."),
])
def test_coordinated_countries_pair_with_persons(extract, lang, text):
    assert rules(extract(text, lang)) == {
        ("taro-kono", "foreign-minister", "japan"): "roles.coordinated",
        ("sergey-lavrov", "foreign-minister", "russia"): "roles.coordinated"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außenminister Japans und Russlands, Taro Kono und Sergej Lawrow, trafen sich."),
    ("en", "The foreign ministers of Japan and Russia, Taro Kono and Sergey Lavrov, met."),
])
def test_postnominal_countries_with_apposed_persons(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("taro-kono", "foreign-minister", "japan"),
                                                 ("sergey-lavrov", "foreign-minister", "russia")}


# --- roles.respective ---------------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Außen- und Verteidigungsminister beider Länder kamen in Tokio zusammen. Japan wurde "
           "vertreten durch Taro Kono und Itsunori Onodera, Russland durch Sergej Lawrow und Sergej Schoigu."),
    ("en", "The foreign and defence ministers of both countries met in Tokyo. Japan was represented "
           "by Taro Kono and Itsunori Onodera, Russia by Sergey Lavrov and Sergei Shoigu."),
])
def test_respective_roles_per_country(extract, lang, text):
    assert rules(extract(text, lang)) == {
        ("taro-kono", "foreign-minister", "japan"): "roles.respective",
        ("itsunori-onodera", "defence-minister", "japan"): "roles.respective",
        ("sergey-lavrov", "foreign-minister", "russia"): "roles.respective",
        ("sergei-shoigu", "defence-minister", "russia"): "roles.respective"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Japans Außenminister Taro Kono und Verteidigungsminister Itsunori Onodera trafen ihre "
           "russischen Amtskollegen Sergej Lawrow und Sergej Schoigu in Tokio."),
    ("en", "Japanese Foreign Minister Taro Kono and Defense Minister Itsunori Onodera met their "
           "Russian counterparts Sergey Lavrov and Sergei Shoigu in Tokyo."),
])
def test_counterparts_take_the_roles_in_order(extract, lang, text):
    assert rules(extract(text, lang)) == {
        ("taro-kono", "foreign-minister", "japan"): "roles.explicit",
        ("itsunori-onodera", "defence-minister", "japan"): "roles.explicit",
        ("sergey-lavrov", "foreign-minister", "russia"): "roles.respective",
        ("sergei-shoigu", "defence-minister", "russia"): "roles.respective"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Russlands Außenminister Sergej Lawrow empfing am Dienstag in Moskau seinen japanischen "
           "Amtskollegen Taro Kono."),
    ("en", "Russian Foreign Minister Sergey Lavrov received his Japanese counterpart Taro Kono in "
           "Moscow on Tuesday."),
])
def test_single_counterpart(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("sergey-lavrov", "foreign-minister", "russia"),
                                                 ("taro-kono", "foreign-minister", "japan")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Russlands Außenminister Sergej Lawrow kam am Dienstag nach Tokio. Zuvor war Lawrow in "
           "Peking, wo er seinen chinesischen Amtskollegen Wang Yi traf."),
    ("en", "Russian Foreign Minister Sergey Lavrov came to Tokyo on Tuesday. Before, Lavrov was in "
           "Beijing, where he met his Chinese counterpart, Wang Yi."),
])
def test_a_counterpart_takes_the_role_an_earlier_sentence_gave(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("sergey-lavrov", "foreign-minister", "russia"),
                                                 ("wang-yi", "foreign-minister", "china")}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Jens Stoltenberg, the Secretary General of NATO, spoke.", ("jens-stoltenberg", "secretary-general", "nato")),
    ("de", "Jens Stoltenberg, der Generalsekretär der NATO, sprach.", ("jens-stoltenberg", "secretary-general", "nato")),
    ("en", "Kishida, as chair of the G7, will show solidarity.", ("fumio-kishida", "chair", "g7")),
    ("de", "Kishida werde als Vorsitzender der G7 Solidarität zeigen.", ("fumio-kishida", "chair", "g7")),
])
def test_an_organisation_after_the_role_is_its_organisation(extract, lang, text, expected):
    assert role_triples(extract(text, lang)) == {expected}


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On a visit to Vilnius, the head of the German defence ministry, Boris Pistorius, praised the soldiers.",
     ("boris-pistorius", "defence-minister", "germany")),
    ("en", "Sergey Lavrov, the head of the Russian foreign ministry, spoke.", ("sergey-lavrov", "foreign-minister", "russia")),
    ("de", "Kenji Tanabe, der Chef des japanischen Verteidigungsministeriums, sprach.",
     ("new:Person:kenji tanabe", "defence-minister", "japan")),
    ("de", "Der Leiter des russischen Außenministeriums, Sergej Lawrow, sprach.", ("sergey-lavrov", "foreign-minister", "russia")),
])
def test_the_head_of_a_ministry_is_its_minister(extract, lang, text, expected):
    assert expected in role_triples(extract(text, lang))


def test_the_head_of_an_unnamed_ministry_is_no_role(extract):
    assert role_triples(extract("The head of the ministry, Kenji Tanabe, said nothing.", "en")) == set()


# --- roles.apposition / roles.predicative -------------------------------------------------
LAVROV_FM = ("sergey-lavrov", "foreign-minister", "russia", "roles.apposition")
SHOIGU_DM = ("sergei-shoigu", "defence-minister", "russia", "roles.apposition")


@pytest.mark.parametrize("lang,text,expected", [
    ("de", "Lawrow, russischer Außenminister, sagte, Moskau sei zu Gesprächen bereit.", LAVROV_FM),
    ("de", "Schoigu, der russische Verteidigungsminister, traf Onodera.", SHOIGU_DM),
    ("en", "Lavrov, the Russian foreign minister, said Moscow was ready for talks.", LAVROV_FM),
    ("en", "Lavrov, Russia's foreign minister, met Kono.", LAVROV_FM),
])
def test_apposition(extract, lang, text, expected):
    facts = extract(text, lang)
    assert [(r.person, r.role, r.org, r.rule) for r in facts.roles] == [expected]


def test_apposed_name_after_role_with_genitive(extract):
    facts = extract("Der Premierminister Japans, Shinzo Abe, reiste nach Moskau.", "de")
    assert role_triples(facts) == {("shinzo-abe", "prime-minister", "japan")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Kishida nahm als erster japanischer Regierungschef an dem Gipfel teil."),
    ("en", "Kishida attended the summit as the first Japanese prime minister."),
])
def test_predicative(extract, lang, text):
    facts = extract(text, lang)
    assert [(r.person, r.role, r.org, r.rule) for r in facts.roles] == [
        ("fumio-kishida", "prime-minister", "japan", "roles.predicative")]
    assert facts.roles[0].confidence == 0.75


@pytest.mark.parametrize("lang,text", [
    ("en", "It was the first trip of Jens Stoltenberg since he became secretary general."),
    ("de", "Es war die erste Reise von Jens Stoltenberg, seit er als Generalsekretär amtiert."),
])
def test_an_organisations_office_is_not_given_the_holders_country(extract, lang, text):
    assert [r for r in extract(text, lang).roles if r.org == "norway"] == []


# --- references and evidence --------------------------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Der russische Außenminister kam nach Tokio."),
    ("en", "The Russian foreign minister came to Tokyo."),
])
def test_role_reference_without_person_is_not_a_role_fact(extract, lang, text):
    assert extract(text, lang).roles == []


def test_role_evidence_sentence_and_dedup(extract):
    text = ("Japans Außenminister Taro Kono landete in Moskau. "
            "Später traf Japans Außenminister Taro Kono den Präsidenten.")
    facts = extract(text, "de")
    assert len(facts.roles) == 1
    assert facts.sentence(facts.roles[0].sent) == "Japans Außenminister Taro Kono landete in Moskau."


# --- more offices -------------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,role", [
    ("en", "Canadian Deputy Prime Minister Hanna Beispiel met Kishida.", "deputy-prime-minister"),
    ("de", "Der kanadische Vizepremier Hanna Quastenberg traf Kishida.", "deputy-prime-minister"),
    ("en", "Canada's Finance Minister Hanna Beispiel met Kishida.", "finance-minister"),
    ("de", "Kanadas Finanzminister Hanna Quastenberg traf Kishida.", "finance-minister"),
    ("en", "Canadian Trade Minister Hanna Beispiel met Kishida.", "economy-minister"),
    ("de", "Kanadas Wirtschaftsminister Hanna Quastenberg traf Kishida.", "economy-minister"),
    ("en", "Brazil sanctioned Canadian lawmaker Hanna Beispiel.", "member-of-parliament"),
    ("de", "Der kanadische Bundestagsabgeordneter Hanna Quastenberg traf Kishida.", "member-of-parliament"),
    ("en", "Canada's Chief of Joint Staff Hanna Beispiel met Kishida.", "chief-of-staff"),
    ("de", "Kanadas Generalstabschef Hanna Quastenberg traf Kishida.", "chief-of-staff"),
    ("en", "Canadian National Security Adviser Hanna Beispiel met Kishida.", "national-security-advisor"),
    ("de", "Kanadas Sicherheitsberater Hanna Quastenberg traf Kishida.", "national-security-advisor"),
])
def test_deputy_finance_economy_parliament_and_staff_offices(extract, lang, text, role):
    person = "new:Person:hanna " + ("beispiel" if lang == "en" else "quastenberg")
    assert [(r.person, r.role, r.org) for r in extract(text, lang).roles] == [(person, role, "canada")]


@pytest.mark.parametrize("lang,text,role,org", [
    ("en", "The national security adviser of Canada, Hanna Beispiel, met Kishida.", "national-security-advisor",
     "canada"),
    ("de", "Der Sicherheitsberater Kanadas, Hanna Quastenberg, traf Kishida.", "national-security-advisor",
     "canada"),
    ("de", "Die Finanzministerin der USA, Hanna Quastenberg, traf Kishida.", "finance-minister", "united-states"),
])
def test_the_holder_set_off_by_commas_after_the_office_and_its_country(extract, lang, text, role, org):
    person = "new:Person:hanna " + ("beispiel" if lang == "en" else "quastenberg")
    assert [(r.person, r.role, r.org) for r in extract(text, lang).roles] == [(person, role, org)]


def test_a_list_of_people_and_parliamentarians_gives_no_one_a_seat(extract):
    facts = extract("Auf der Liste stehen Außenminister Yoshimasa Hayashi, Parlamentarier und Journalisten.", "de")
    assert [(r.person, r.role) for r in facts.roles] == [("yoshimasa-hayashi", "foreign-minister")]


@pytest.mark.parametrize("text", [
    "Brazilian Foreign Ministry spokesperson Hanna Beispiel said so.",
    "Brazil's Defense Ministry spokesman Hanna Beispiel said so.",
])
def test_a_ministry_the_kb_lacks_between_country_and_role_is_the_countrys(extract, text):
    assert [(r.person, r.role, r.org) for r in extract(text, "en").roles] == [
        ("new:Person:hanna beispiel", "spokesperson", "brazil")]


def test_head_of_state_and_party_is_the_president(extract):
    facts = extract("Der chinesische Staats- und Parteichef Xi Jinping traf am Montag Putin.", "de")
    assert [(r.person, r.role, r.org) for r in facts.roles] == [("xi-jinping", "president", "china")]


# --- a name, an aside, a comma and the role ----------------------------------------------
@pytest.mark.parametrize("lang,text", [
    ("de", "Hans Beispiel, deutscher Botschafter in Moskau, ist am Montag einbestellt worden."),
    ("de", "Hans Beispiel (57, FDP), deutscher Botschafter in Moskau, ist am Montag einbestellt worden."),
    ("en", "Hans Beispiel (57), the German ambassador in Moscow, was summoned on Monday."),
    ("de", "Laut Hans Beispiel, deutscher Botschafter in Moskau, wurde das Treffen abgesagt."),
])
def test_a_name_before_its_demonym_role_is_its_holder(extract, lang, text):
    """An unknown name set off by a comma (and a bracket aside of age or party) before a
    role with its state's demonym is the role's holder."""
    assert role_triples(extract(text, lang)) == {("new:Person:hans beispiel", "ambassador", "germany")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Anwesend waren Jo Beispiel (FDP), Innenministerin Jana Muster (SPD) und der Kanzler."),
    ("en", "Present were Secretary Jo Beispiel, Vice President Ivo Novak, and the chancellor."),
])
def test_a_list_of_titled_names_gives_no_apposed_role(extract, lang, text):
    """A role word right before a name is that name's title, and a name after a list comma is
    a list item: neither is an apposition to the name before."""
    facts = extract(text, lang)
    assert all(r.person != "new:Person:jo beispiel" for r in facts.roles)


def test_a_name_before_a_roles_possessive_holds_no_role(extract):
    facts = extract("Jo Beispiel (57), the German ambassador's husband, said on Monday that talks went well.", "en")
    assert role_triples(facts) == set()


def test_a_stance_demonym_gives_no_roles_state(extract):
    """"pro-Russian President X" leans to Russia; he is no president of Russia."""
    assert role_triples(extract("The ousted pro-Russian President Ivo Novak fled to Russia.", "en")) == set()


@pytest.mark.parametrize("lang,text", [
    ("de", "Gazprom-Chef Alexej Miller sagte, der Vertrag sei fertig."),
    ("en", "Gazprom chief executive Alexei Miller said the deal was done."),
    ("en", "Gazprom CEO Alexei Miller said the deal was done."),
])
def test_a_company_chief_heads_the_company(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("alexei-miller", "head", "gazprom")}


@pytest.mark.parametrize("lang,text", [
    ("de", "Nato-Chef Mark Rutte traf Ishiba in Tokio."),
    ("en", "NATO chief Mark Rutte met Ishiba in Tokyo."),
])
def test_natos_chief_is_its_secretary_general(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("mark-rutte", "secretary-general", "nato")}


def test_a_chief_of_no_named_body_heads_no_country(extract):
    """A chief's body is no nationality: "EU foreign affairs chief X" heads nothing of his state."""
    facts = extract("Hours later, foreign affairs chief Alexei Miller met Lavrov in Moscow.", "en")
    assert all(r.role != "head" for r in facts.roles)


@pytest.mark.parametrize("text,org", [
    ("Jo Beispiel, a spokesman for the Japanese Foreign Ministry, said the call was planned.",
     "japan-ministry-of-foreign-affairs"),
    ("Jo Beispiel, a spokeswoman for NATO, said the call was planned.", "nato"),
])
def test_a_spokesman_for_a_body_speaks_for_it(extract, text, org):
    assert role_triples(extract(text, "en")) == {("new:Person:jo beispiel", "spokesperson", org)}


@pytest.mark.parametrize("lang,text", [
    ("en", "U.S. President-elect Donald Trump spoke with Tsai Ing-wen on Friday."),
    ("de", "Der gewählte Präsident Trump telefonierte am Freitag mit Tsai Ing-wen."),
])
def test_a_president_elect_is_no_president_yet(extract, lang, text):
    assert ("donald-trump", "president-elect", "united-states") in role_triples(extract(text, lang))
    assert ("donald-trump", "president", "united-states") not in role_triples(extract(text, lang))


def test_a_commerce_minister_is_an_economy_minister(extract):
    facts = extract("Chinese Commerce Minister Wang Wentao met the delegation.", "en")
    assert role_triples(facts) == {("new:Person:wang wentao", "economy-minister", "china")}


# --- Arabic name particles ------------------------------------------------------------------
@pytest.mark.parametrize("lang,text,person", [
    ("en", "Qatar's Prime Minister Dr. Khalid bin Jaber al-Nasri spoke on Saturday.", "new:Person:khalid bin jaber"),
    ("de", "Der katarische Regierungschef Khalid ben Jaber el Nasri sprach am Samstag.",
     "new:Person:khalid ben jaber el nasri"),
])
def test_a_title_and_name_particles_keep_the_name_and_its_office(extract, lang, text, person):
    assert role_triples(extract(text, lang)) == {(person, "prime-minister", "qatar")}


# --- a plural title over holders each followed by their state -------------------------------
@pytest.mark.parametrize("lang,text", [
    ("en", "The accord was signed by Presidents Emmanuel Macron of France, Joe Biden of the United States and "
           "Luiz Inacio Lula da Silva of Brazil."),
    ("de", "Das Abkommen unterzeichneten die Präsidenten Emmanuel Macron (Frankreich), Joe Biden (USA) und "
           "Luiz Inacio Lula da Silva (Brasilien)."),
])
def test_holders_listed_each_with_their_state_hold_the_office_of_their_own(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("emmanuel-macron", "president", "france"),
                                                 ("joe-biden", "president", "united-states"),
                                                 ("luiz-inacio-lula-da-silva", "president", "brazil")}


def test_guard_two_titled_holders_each_keep_their_own_office(extract):
    text = "President Joe Biden of the United States met Prime Minister Justin Trudeau of Canada."
    assert role_triples(extract(text, "en")) == {("joe-biden", "president", "united-states"),
                                                 ("justin-trudeau", "prime-minister", "canada")}


@pytest.mark.parametrize("lang,text", [
    ("en", "Chancellor Olaf Scholz of Germany and Emmanuel Macron of France met in Aachen."),
    ("de", "Kanzler Olaf Scholz (Deutschland) und Emmanuel Macron (Frankreich) trafen sich in Aachen."),
])
def test_guard_a_singular_title_stays_with_its_first_holder(extract, lang, text):
    assert role_triples(extract(text, lang)) == {("olaf-scholz", "chancellor", "germany")}


def test_guard_a_state_before_a_plural_title_is_the_office_of_all(extract):
    text = "Chinese ambassadors Qin Gang of the United States and Wang Yi of Japan were called to Beijing."
    assert ("qin-gang", "ambassador", "united-states") not in role_triples(extract(text, "en"))

