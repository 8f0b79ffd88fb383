"""Whether a trigger tells of an occurrence, and whether it happened (a mixin of
:class:`~diplograph.extract.components.events.EventFinder`): generic, prevented, evaded,
stalled, topical, figurative and counted acts tell of none; the status of one that does
comes from its clause and the clause it hangs on.
"""
from __future__ import annotations

from diplograph.extract.coreference import DECLARED
from diplograph.extract.teasers import in_headline, is_teaser
from diplograph.extract.lexicon import lookup_lemmas
from diplograph.extract.components.columns import doc_text
from diplograph.extract.components.headlines import HeadlinePlans
from diplograph.extract.components.nonevents import NonEvents
from diplograph.extract.components.requests import Requests
from diplograph.extract.components.topics import ARRANGED, GATHERINGS, STOPPING

#: what a name before a state's verb may be ("Japan protested", "Tokyo protests over ...")
_STATES = ("Country", "Place", "Organization")

#: the rule ids of continuing verbs a negation turns into a suspension ("would not continue
#: the talks", "die Verhandlungen nicht mehr fortsetzen"), which no negation near them denies
OWN_NEGATION = ".no_longer"
#: kinds of act someone may ask for by a noun ("a request for talks", "Antrag auf ein Treffen")
_ASKABLE = GATHERINGS | {"Visit", "PhoneCall"}


class Occurrences(NonEvents, HeadlinePlans, Requests):
    """The filters that drop a trigger telling of no occurrence, and the status rules."""

    def _no_occurrence(self, doc, kind: str, rule: str, trigger: tuple[int, int], sent,
                       clause: tuple[int, int]) -> bool:
        """Whether the trigger at ``trigger`` (of ``kind``, found by ``rule``) tells of no
        occurrence in its clause ``clause`` of ``sent``."""
        (s, e), (clo, chi) = trigger, clause
        text = doc_text(doc)
        if is_teaser(text[sent.start_char:sent.end_char], self.lex.lang, headline=in_headline(text, sent.start_char)):
            return True                  # "ALSO READ: X meets Y", "Lesen Sie auch: ...": another story
        if self._asked(e, sent):
            return True                  # "Did X meet Y?", "Manöver vor der Küste?": asked, not told
        if kind in _ASKABLE and (k := self._asked_for(s, clo)) is not None and self._request_refused(k, clause):
            return True                  # "refused a request to call a meeting": none was held
        if self._denied(s, e, sent):
            return True                  # "Russia denied that its plane had entered ...": a denial
        if kind == "Agreement" and self._noun_aside(clo, s, sent) and any(
                self._kind_at.get(k) == "Agreement" for k in range(self._clause(doc, clo - 2, clo - 1)[0], clo)):
            return True                  # "signed an accord, a deal seen as ...": one accord
        if kind == "Agreement" and self._stance_adopted(s, chi):
            return True                  # "adopted a tougher stance on X": a policy, no accord
        if kind == "Announcement" and s in self._arranging_at:
            return True                  # "hat ein Treffen angekündigt": the meeting is the news
        if kind == "Agreement" and self._has("concluding_verbs", s) \
                and any(self._kind_at.get(k, "Agreement") != "Agreement" for k in range(clo, s)):
            return True                  # "the exercise was concluded": it ended, no accord
        plo = clo                        # "sei es unmöglich, einen Vertrag zu unterzeichnen"
        if clo > sent.start and self._any("infinitive_markers", clo, chi):
            plo = self._clause(doc, clo - 2, clo - 1)[0]
        if kind == "Suspension" and self._noun_at(e - 1) and self._ruled_out(clo, chi):
            return True                  # "schloss einen Ausstieg aus dem Abkommen aus": ruled out
        if self._cues(doc, plo, s, "refusal_cues") and not self._any("comment_verbs", plo, chi):
            return True                  # "refused to impose sanctions", "weigert sich, Sanktionen
                                         # zu verhängen"; not "refused to comment on the meeting"
        if self._series(clo, chi) and not (self._one_day(clo, chi, sent) or self._one_flight(kind, clo, s, chi)) or self._cues(doc, clo, s, "generic_cues") or s > clo and \
                (self._universal_before(s, clo) or self._has("practice_modifiers", s - 1)) \
                or self._cues(doc, plo, s, "prevention_cues") or self._enabled(plo, s) \
                or self._cues(doc, max(clo, s - 3), min(chi, e + 3), "evasion_cues") \
                or kind == "Sanction" and self._cues(doc, max(clo, s - 3), s, "defiance_cues") \
                and not self._any("support_verbs", clo, chi):
            return True                  # "kept them from signing a treaty", "helped evade
                                         # sanctions", "in defiance of sanctions", "every visit",
                                         # "reciprocal visits":
                                         # did not happen here
        if kind in GATHERINGS and (e < len(doc) and self._has("generic_heads", e)
                                    or self._cues(doc, e, chi, "stalled_cues")
                                    and self._cues(doc, e, self._cause_start(e, chi), "stalled_cues")):
            return True                  # "summit diplomacy", "the talks have stalled": a
                                         # practice or a state, no occasion
        if kind == "Agreement" and rule.endswith(".noun") and s > 0 and self._infinitive_to(s - 1) \
                and self._has("verbal_nouns", s):
            return True                  # "a mandate to deal with the economy": a verb
        if kind == "EntryBan" and rule.endswith((".stop_list", ".list_word")) and self._has("removal_prepositions", next(
                (k for k in range(s - 1, clo - 1, -1) if not (self._has("determiners", k)
                                                           or self._has("possessive_pronouns", k))), s)):
            return True                  # "removed X from its stop list", "strich X von der Stoppliste"
        if kind == "Agreement" and rule.endswith(".noun") and (self._accord_left(s, clo, chi)
                                                               or self._accord_left_by(s, clo)):
            return True                  # "withdrew from the agreement", "das Abkommen ... zu kündigen"
        if rule in self._lists.get("speaking_rules", ()) and (self._has("speech_verbs", e - 1) or any(
                self.cols.text[k] == "," and k - 1 not in self._role_tokens for k in range(s, e))):
            return True                  # "spoke with his generals, Peskov said": no talks with Peskov
        if kind == "Agreement" and rule.endswith(".noun") and self._breached(s, clo):
            return True                  # "accused X of violating the 1987 treaty", "Verstoß gegen das
                                         # 1987 geschlossene Abkommen": the document, not its making
        if rule.endswith(".lodged_final") and self._any("legal_nouns", clo, chi):
            return True                  # "Beschwerde gegen das Urteil eingelegt": an appeal (a
                                         # protest against a ruling is still one: "protestierte gegen das Urteil")
        if self._attributive_participle(s, e, chi):
            return True                  # "the 11 sanctioned individuals", "die ausgewiesenen
                                         # Diplomaten": those an act told of concerns
        if kind == "Announcement" and self._announces_told(s, clo):
            return True                  # "The moves were announced on Thursday", "made the
                                         # announcement", "Das hat X bekanntgegeben": an act
                                         # told before, now told as announced
        if kind == "Agreement" and not self._noun_at(e - 1) and self._signs_decree(s, e, clo, chi):
            return True                  # "signed a decree to suspend ...", "hat ein Gesetz
                                         # unterzeichnet": one side's act, no accord
        if kind == "Agreement" and rule.endswith(".noun") and e < len(doc) and self._has("accord_modifier_heads", e):
            return True                  # "treaty allies", "treaty obligations": what an accord
                                         # makes, not the accord's making
        if kind == "Agreement" and rule.endswith(".noun") and self._cues(doc, max(clo, s - 3), s, "topic_prepositions") \
                or kind not in GATHERINGS and self._noun_at(e - 1) and self._discussed(s, e, clo, chi) \
                or kind not in GATHERINGS | {"PhoneCall", "Visit"} and self._noun_at(e - 1) and self._talked_of(s, clo):
            return True                  # "talks on a peace treaty", "to discuss trade and a
                                         # peace treaty", "to discuss sanctions", "sprachen über
                                         # neue Sanktionen": a topic
        if kind == "Agreement" and not self._noun_at(e - 1) and e < chi and self._has("partner_words", e) \
                and (k := next((j for j in range(e + 1, min(chi, e + 5)) if self._has("opinion_nouns", j)), None)) \
                and not self._any("infinitive_markers", e + 1, k):    # not "agreed with X to address concerns"
            return True                  # "agreed with X's assessment": shares a view, no accord
        if kind == "Deployment" and s > clo and self._has("opposition_prepositions", s - 1) \
                or kind == "Seizure" and self._craft_as_setting(rule, s, clo):
            return True                  # "warned Russia against sending troops", "auf dem Schiff ... beschlagnahmt"
        if kind == "Suspension" and self.lex.lang == "en" and not self._takes_talks(s, e, clo) \
                and (any(self._kind_at.get(k) == "MilitaryExercise" for k in range(max(clo, s - 6), s))
                     or self._stops_nothing(s, e, clo)):
            return True                  # "the joint exercise had ended": a drill's end, no talks stopped
        if kind in GATHERINGS | {"Visit"} and (self._accord_topic(s, clo) or self._cues(doc, clo, s, "topic_cues")
                                                and self._any("indefinite_articles", max(clo, s - 2), s)
                                                and not self._relative_after(e, chi)):
            return True                  # "an agreement on visa-free visits", "Vereinbarung über
                                         # erleichterten Besuch": what the accord is about; "es ging
                                         # um ein Treffen": what talks were about
        if rule.endswith(OWN_NEGATION) and not self._stops_talks(s, e, clo):
            return True                  # "will continue to buy oil": no talks stopped
        if self._any("indefinite_articles", max(clo, s - 3), s) and self._cues(doc, max(clo, s - 12), s, "record_openers") \
                and self._any("record_firsts", max(clo, s - 12), s):
            return True                  # "..., becoming the first premier to attend a NATO
                                         # summit": a record, not one more summit
        if kind == "Talks" and self._to_the_press(e, chi):
            return True                  # "X talks to reporters", "sprachen ... mit Journalisten": to the press
        if self._apposed_first(kind, s, sent):
            return True                  # "travelled to X, the first leader to visit the place,":
                                         # the visit told again, as a record
        if kind == "MilitaryExercise" and s > 0 and (self._has("figurative_modifiers", s - 1)
                                                     or self._has("policing_modifiers", s - 1)):
            return True                  # "diplomatic manoeuvres", "politische Manöver", "border
                                         # patrol authorities": no drill
        if kind == "MilitaryExercise" and self.lex.lang == "en" and e < len(self.cols.text) \
                and self._has("vehicle_nouns", e):
            return True                  # "patrol aircraft found the ships": a kind of aircraft
        if rule in self._lists.get("rules_receiving_people", ()) and any(
                ent.end < len(self._lower) and self.cols.text[ent.end] in ("'s", "’s") for ent in self._overlapping(e - 1, e)):
            return True                  # "welcomed Macron's visit": his visit, not him
        if rule in self._lists.get("rules_needing_people", ()) and self._crewed_only(kind, clo, s):
            return True                  # "warships and aircraft gathered in the sea": no meeting;
                                         # "aircraft ... arrived in Russia": no visit ("Xi's plane": his)
        if rule in self._lists.get("rules_needing_vehicles", ()) and not self._vehicle_in(clo, chi):
            return True                  # "Scholz und Macron flogen gemeinsam nach Kiew": no patrol
        if rule in self._lists.get("rules_needing_talks", ()) and not self._takes_talks(s, e, clo) \
                and not self._takes_accord(s, e, clo, chi):
            return True                  # "stopped imports", "zog den Botschafter zurück": no talks
        if rule in self._lists.get("rules_needing_accords", ()) and not self._takes_accord(s, e, clo, chi):
            return True                  # "left Tokyo", "verließ den Saal": no treaty left
        if self._rumoured(doc, s, clo):
            return True                  # "there has been talk of a deal": spoken of, not done
        if kind in GATHERINGS and self._summoned_to(s, (clo, chi)):
            return True                  # "was summoned for a meeting": the summons
        if kind == "Meeting" and rule.endswith(".verb") and self._no_meeting(s, e, clo, chi) \
                or kind == "Protest" and self._any("crowd_nouns", clo, s):
            return True                  # "meets the interests of", "bombers met over the sea";
                                         # "thousands protested": no state's protest
        return False

    def _enabled(self, plo: int, s: int) -> bool:
        """Whether a verb of enabling, itself only a prospect (after "would", "will", "to",
        "soll"), governs the infinitive clause of the trigger at ``s`` ("would allow their
        troops to visit", "soll es ermöglichen, ... zu besuchen"): what someone may do, no
        occurrence; not "the thaw allowed Macron to visit Algeria on Monday"."""
        if s == 0 or not self._has("infinitive_markers", s - 1):
            return False
        cue = next((k for k in range(plo, s - 1) if self._has("enabling_cues", k)), None)
        return cue is not None and self._any("enabling_prospects", max(plo, cue - 5), cue)

    def _unled(self, key, s: int, e: int) -> bool:
        """Whether a trigger that needs a state's name right before it (``rules_after_a_name``:
        "Japan protests over ...", "Tokyo (strongly) protested.", "Russia and Japan discuss
        island row"; a person may lead talks, not a protest) lacks one, or is a noun because a
        finite verb follows in its clause ("Paris protests over X continued"), or is a
        headline's but ends in a full stop ("Putin and Lavrov discuss the war." in running
        text). Such a match is dropped before it can claim any word."""
        kind, rule = self.kinds[key]
        if rule not in self._lists.get("rules_after_a_name", ()):
            return False
        sent, lead = self.cols.sent_of(s), s - 2 if s > 1 and self._lower[s - 1].endswith("ly") else s - 1
        end = next((k for k in range(e, sent.end) if self._breaks[k]), sent.end)     # its clause
        return s == 0 or not self.cols.ent[lead] or kind == "Protest" and self.cols.ent[lead] not in _STATES \
            or self._verb_after(e, end) \
            or rule in self._lists.get("rules_in_headlines", ()) and self.cols.text[sent.end - 1] in (".", "!", "?")

    def _verb_after(self, e: int, hi: int) -> bool:
        """Whether a finite verb follows in [e, hi): a past form, an auxiliary or a lower-case
        word in "-ed" ("... turned violent", "... continued on Monday", "... drew thousands")."""
        return any(self._has("past_tense_verbs", k) or self._has("finite_auxiliaries", k)
                   or self.cols.is_lower[k] and len(self._lower[k]) > 4 and self._lower[k].endswith("ed")
                   for k in range(e, hi))

    def _breached(self, s: int, clo: int, reach: int = 10) -> bool:
        """Whether a word of breach or compliance heads the accord noun at ``s`` in its clause
        ("violating the treaty", "a breach of the 2015 agreement", "Verstoß gegen das ...
        Abkommen"): no punctuation, no other event word and no verb before an article
        between (not "Iran's breach prompted a new agreement")."""
        for k in range(s - 1, max(clo, s - reach) - 1, -1):
            if self._has("breach_words", k):
                return True
            if self.cols.punct[k] and self.cols.text[k] != "-" \
                    or k in self._trigger_starts and self._kind_at.get(k) != "Agreement" \
                    or self.cols.alpha[k] and self.cols.is_lower[k] and not self._has("breach_links", k) \
                    and not self._has("determiners", k) and self._has("determiners", k + 1):
                return False             # not "Iran's breach prompted a new agreement": a verb before
        return False                     # an article; "das 1987 geschlossene Abkommen" is its own making

    def _vehicle_in(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) name an aircraft, ship or other vehicle: a vehicle noun,
        or a German compound ending in one ("Strategiebomber", "Aufklärungsflugzeuge")."""
        if self._any("vehicle_nouns", lo, hi):
            return True
        ends = tuple(self._lists.get("vehicle_suffixes", ()))
        return bool(ends) and any(self.cols.title[k] and self._lower[k].endswith(ends) for k in range(lo, hi))

    def _stops_talks(self, s: int, e: int, clo: int) -> bool:
        """Whether the continuing verb at [s, e) is negated right before ("not continue",
        "no longer pursue", "nicht mehr fortsetzen") and takes talks: a gathering noun right
        after it in English, before it in its German clause."""
        return s > 0 and self._has("continuation_negators", s - 1) and self._takes_talks(s, e, clo)

    def _takes_talks(self, s: int, e: int, clo: int, reach: int = 5) -> bool:
        """Whether the verb at [s, e) takes talks: a gathering noun a few words after it in
        English ("withdrew from the talks"), before it in its German clause ("aus den
        Gesprächen zurückgezogen") or right after its "aus" ("zog sich aus den Gesprächen
        zurück")."""
        near = range(e, e + reach) if self.lex.lang == "en" else [*range(clo, s), *range(e, e + reach)]
        return any(k in self._gathering_starts for k in near)

    def _settle_status(self, doc, ev, sent, clause: tuple[int, int], own_time: bool, cause_time,
                       declared: bool):
        """Set the status of ``ev`` (and the date a plan's own words give it) from its
        clause ``clause`` and the clause it hangs on; ``declared`` acts are done by saying
        so. Returns the predicate after an aside on the event, if any (it may place it)."""
        (s, e), (clo, chi), kind = ev.trigger, clause, ev.kind
        slo = self._hangs_on(doc, s, (clo, chi), sent)   # "plant, Moskau zu besuchen", "drohte,
                                                          # Sanktionen ... zu verhängen"
        critics = (self._criticism_at(k, s) for k in self._criticism_candidates(clo, s))   # "planned to protest
        slo = max([slo, *(c for c in critics if c is not None)])     # over X's visit": the visit's own status
        if (listed := self._listed_verb(doc, ev, clo, chi, sent)) < clo:
            slo = min(slo, listed)       # "will review X, agree on Y": the list's plan
        end = self._status_span(doc, clo, chi, sent, self._noun_trigger(doc, ev), ev.trigger[1])
        predicate = self._predicate_after_aside(doc, chi, sent) if clo == sent.start and self._noun_trigger(doc, ev) \
            else None                    # "The visit, announced on Friday, will take place on Monday"
        end = max(end, predicate[1]) if predicate else end
        bound = self._bound_phrase(doc, s, e, chi, ())
        after, joiners = bound[1] if bound else e, self._lists.get("list_joiners", frozenset())   # past
                                                                        # "between X and Y"
        noun = self._noun_trigger(doc, ev)
        reach = 18 if s - clo <= 2 and noun else 10    # a subject's verb
        if noun and slo == clo and self._has("instrument_prepositions", clo) and clo + 1 < s \
                and (self._has("determiners", clo + 1) or self._has("possessive_pronouns", clo + 1)) \
                and not any(self._is_date(k) for k in range(e, min(e + reach, chi))):   # "nächste Woche"
            reach = next((k - e for k in range(e, min(e + reach, chi)) if self.cols.is_lower[k] and self.cols.alpha[k]
                          and not self._has("place_prepositions", k) and not self._has("determiners", k)), reach)
            # "Mit seinem Besuch in Peking will X ...": the phrase is no subject; its verb is X's
        while after < min(e + reach, chi) and self._lower[after] not in joiners and not self._has("cause_heads", after) \
                and not self._has("cause_heads", e - 1) and not self._has("complementizers", after) \
                and (noun or not self._infinitive_to(after) or not self._past_form(s)):   # "agreed on Monday to
                                                           # meet next year"; not "travels to X to meet Y next week"
            after += 1                           # "a visit ... to Moscow is planned"; not "a protest
                                                 # over the plans to deploy troops": its cause (also
                                                 # when the trigger ends on "over"), nor
                                                 # "talks with X that Y would ...": what was said
        ev.status = self._status(doc, [(slo, end)], [(slo, s), (e, e if kind in STOPPING else after), (chi, end),
                                                     self._final_verbs(clo, chi, e)],    # not "pulled out of planned talks"
                                 self._setting_cues(slo, s) if noun else ())   # "agreed to seek X during the visit"
        if ev.status == "Planned" and self._threat_only(slo, s):
            ev.date = None               # "threatened sanctions on Monday": the threat's day
        ev.upcoming = ev.upcoming or ev.status == "Cancelled" and self._calling_off(doc, slo, s) \
            and not self._any("past_cancelling_stems", slo, s)   # "sagt ... ab": its coming day; not "sagte"
        if ev.status == "Cancelled" and kind in STOPPING:
            ev.status = "Happened"       # "suspended the talks": the stopping is what happened
        hung = slo < clo and (self._any("speech_verbs", slo, clo) or self._any("arranging_verbs", slo, clo)
                              or not self.cols.is_lower[s] and self._purpose(clo, chi))
        if ev.status == "Happened" and (hung or kind in ARRANGED and self._arranged_that(clo, s)):
            ev.status = "Planned"        # "kündigte an, im Dezember nach Japan zu reisen",
                                         # "schlug vor, ein Treffen abzuhalten", "um Sanktionen
                                         # vorzubereiten", "proposed that they meet": not yet done
        arranged, invited = self._arranged_or_invited(doc, ev, s, (clo, chi))
        if arranged is None and self.lex.lang == "de" and kind in ARRANGED and self._noun_trigger(doc, ev) \
                and not any(self._any(name, max(clo, (start := self._phrase_start(s, clo)) - 2), start)
                            for name in ("setting_prepositions", "noun_setting_prepositions")):
                                         # not "bei dessen Besuch vereinbart", "in einem Telefonat
                                         # vereinbart": the visit or call is the setting
            arranged = self._arranged_after(e, chi)      # "hat ein Treffen mit X angekündigt"
            if arranged is not None:
                self._arranging_at.add(arranged)         # what it announces is the meeting
        if ev.status == "Happened" and kind in GATHERINGS and (self._any("upcoming_participles", max(s - 1, 0), s)
                                                               or self._any("upcoming_participles", e, e + 1)):
            ev.status = "Planned"        # "with the summit approaching", "the looming summit"
        if ev.status == "Happened" and any(self._has("possibility_words", k) and self._has("determiners", k - 1)
                                           for k in range(max(s - 2, clo + 1), s)):      # not "the toughest possible"
            ev.status = "Planned"        # "a possible visit", "eine mögliche Reise": not done
        if ev.status == "Happened" and self._noun_trigger(doc, ev) and self._verbless_plan(e, sent):
            ev.status = "Planned"        # "Ministers meeting likely April 16", "Gipfel im Mai geplant"
        asked = self._asked_for(s, clo) if kind in _ASKABLE else None
        if ev.status == "Happened" and (self._requested(s, e, (clo, chi), measure=kind in DECLARED)
                                        or asked is not None):
            ev.status = "Planned"        # "ordered the deployment of", "um die Stationierung
                                         # gebeten", "a request for talks": asked for, not yet done
        if ev.status == "Happened" and (self._intended(doc, ev, sent, s) or arranged is not None
                                        or not declared and self._headline_plan(s, clo)):
            ev.status = "Planned"        # "agreed to meet in December", "ein Treffen vereinbart"
        if ev.status == "Planned" and declared:
            ev.status = "Happened"       # "will expel eight diplomats", "Russia to expel": saying
            ev.date = self._date(doc, (clo, chi), sent, strict=own_time, trigger=(s, e), excluded=cause_time)   # so expels
        if ev.status == "Planned" and ev.date is not None:     # a plan's time is not the saying's
            told = self._plan_told_from(doc, ev, sent, s, arranged)     # nor the arranging's
            if asked is not None:        # nor the asking's ("stellte am Montag einen Antrag auf ...")
                told = max(told, self.cols.idx[asked])
            ev.date = self._date(doc, (clo, chi), sent, strict=own_time, reported_from=told,
                                 trigger=(s, e), excluded=cause_time, planned=True)
            if asked is not None and ev.date is not None and (ev.date.start >= self._asked_end(e, sent)
                                                              or self._asking_day(ev.date)):
                ev.date = None           # "the bid for a summit failed, but X met Y on Monday";
                                         # "made a request for a meeting on Thursday": the asking's
            if invited is not None and ev.date is not None and self._after_another_event(e, ev.date):
                ev.date = None           # "invited him to visit during a call held in December"
        return predicate

    def _final_verbs(self, lo: int, hi: int, e: int) -> tuple[int, int]:
        """The verbs that end a German subordinate clause [lo, hi) after a trigger ending at
        ``e`` ("..., dass er ... Gespräche ... schaffen wolle", "dass ... stattfinden werde"),
        or a main clause whose auxiliary stands before the trigger ("Am Donnerstag ist ein
        Treffen ... geplant"): they tell whether what the clause names happened. An empty
        span when neither opens the clause, or no lower-case word ends it."""
        if self.lex.lang != "de" or not (any(self._has(n, k) for n in ("complementizers", "subordinators")
                                             for k in (lo - 1, lo) if k >= 0)
                                         or self._any("finite_auxiliaries", lo, e)):   # "Am Montag ist
            return (0, 0)                                                            # ein Treffen ... geplant"
        last = hi - 1
        while last >= e and self.cols.punct[last]:
            last -= 1
        first = last
        while first > max(e, last - 1) and self.cols.is_lower[first - 1] and self.cols.alpha[first - 1]:
            first -= 1
        return (first, last + 1) if last >= e and self.cols.is_lower[last] and self.cols.alpha[last] else (0, 0)

    def _one_flight(self, kind: str, clo: int, s: int, chi: int) -> bool:
        """Whether what the clause [clo, chi) repeats is one incident: it names a short span
        ("twice within minutes", "during its flight"), or one craft does it ("a Brazilian
        aircraft twice violated ...", "ein Flugzeug sei zweimal ... eingedrungen")."""
        return self._any("short_span_cues", clo, chi) or kind in ("AirspaceViolation", "Interception") \
            and self._any("single_craft_articles", clo, s) and not self._any("series_spans", clo, chi)

    def _series(self, lo: int, hi: int) -> bool:
        """Whether the clause [lo, hi) tells of a series ("three times", "wiederholt"): an
        English cue only in lower case, not in a name ("The Ottawa Times")."""
        return any(self._has("series_cues", k) and (self.lex.lang == "de" or self.cols.is_lower[k])
                   or self._has("counted_acts", k) and self._many_before(k) for k in range(lo, hi))

    def _one_day(self, lo: int, hi: int, sent) -> bool:
        """Whether the clause [lo, hi), or a phrase after its comma that a preposition opens
        (", on the afternoon of September 23"), names a day ("three times ... on September
        23", "zweimal am Montag"): what it repeats happened on that day, one incident."""
        if hi + 1 < sent.end and self.cols.text[hi] == "," and self._preposition(hi + 1):
            hi = next((k for k in range(hi + 1, sent.end) if self._breaks[k]), sent.end)
        first, last = self.cols.idx[lo], self.cols.idx[hi - 1]
        days = [d for d in self._dates_of.get(sent.start_char, []) if first <= d.start <= last]
        return len(days) == 1 and (days[0].rule in ("weekday", "mdy", "dmy")     # not "between X and Y",
                                   or days[0].value is not None and days[0].value.precision == "day")   # "on Monday and Tuesday"

    def _many_before(self, k: int, least: int = 10) -> bool:
        """Whether a number of at least ``least`` counts the acts named at ``k``, a word or
        two before it ("nearly 600 Russian flights", "fast 600 russische Flüge"): a tally."""
        return any(self.cols.text[j].replace(",", "").replace(".", "").isdigit()
                   and int(self.cols.text[j].replace(",", "").replace(".", "")) >= least
                   for j in range(max(0, k - 3), k))

    def _arranged_after(self, e: int, hi: int, reach: int = 10) -> int | None:
        """Where the German verb of arranging that ends the clause of a noun trigger ending
        at ``e`` stands ("hat ein Treffen mit X im September angekündigt", "haben Gespräche
        in Y vereinbart"): only the partner, places, dates and lowercase words lie between,
        and the verb ends the clause. Its position, or None."""
        k = e
        while k < min(hi, e + reach) and not self._breaks[k]:
            if self._has("arranging_verbs", k):
                return k if self._ends_clause(k, hi) else None
            if k in self._trigger_starts or self._has("finite_auxiliaries", k):
                return None
            k += 1
        return None

    def _arranged_that(self, lo: int, s: int, reach: int = 15) -> bool:
        """Whether a that-clause of a verb of arranging holds the trigger at ``s`` ("proposed
        to X that the two leaders hold a summit"), not one that tells it done ("announced
        that they had met")."""
        verbs = [k for k in range(max(lo, s - reach), s) if self._has("arranging_verbs", k)]
        if not verbs:
            return False
        that = next((j for j in range(verbs[-1] + 1, s) if self._has("complementizers", j)), None)
        return that is not None and not self._any("past_auxiliaries", that, s)

    def _hearsay_past(self, lo: int, hi: int) -> bool:
        """Whether the clause [lo, hi) tells what is said to have happened: a modal of
        hearsay and a perfect infinitive at its end ("soll ... getroffen haben")."""
        if not self._any("hearsay_modals", lo, hi):
            return False
        k = hi - 1
        while k > lo and self.cols.punct[k]:
            k -= 1
        return k > lo and self._has("perfect_infinitives", k) and self.cols.is_lower[k - 1]

    def _listed_verb(self, doc, ev, clo: int, chi: int, sent) -> int:
        """Where the clause before starts if the clause [clo, chi) of ``ev`` continues a list
        of verbs after a comma ("will review their plans, agree on steps", "..., hold talks
        in X", "werden die Pläne prüfen, sich auf Schritte einigen", "..., Gespräche führen"):
        a base form opens it (English; the trigger itself or a verb before a noun trigger)
        or ends it after no name (German), and the clause before, no relative clause, holds
        a cue of a plan; else ``clo``: the plan is the list's."""
        s, noun, c = ev.trigger[0], self._noun_trigger(doc, ev), self.cols
        en = self.lex.lang == "en"
        k = clo if en else next((j for j in range(chi - 1, s, -1) if not c.punct[j]), s)
        if clo < sent.start + 2 or c.text[clo - 1] != "," or not c.is_lower[k] \
                or c.lower[k] not in lookup_lemmas(self.lex.lang) or (
                    (s == clo and noun or s != clo and (not noun or k in self._trigger_starts)) if en
                    else not c.lower[k].endswith("n") or any(c.ent[j] not in ("", "Place") for j in range(clo, s))):
            return clo
        before = self._clause(doc, clo - 2, clo - 1)[0]
        relative = before > sent.start and self._relative_clause_at(doc, before, sent)   # "..., die ... werden,"
        return before if not relative and self._planned_in(doc, before, clo - 1) else clo

    def _planned_in(self, doc, lo: int, hi: int, after: bool = False, ignored=()) -> bool:
        """Whether a cue of a plan stands in tokens [lo, hi), not counting a cue word used as a noun
        after a determiner ("in the hope of", "with the aim of"), one before a day ("the next day":
        after another), one a plan fulfilled ("wie erwartet", "as planned"), nor, ``after`` the
        trigger, a plan noun it takes as object ("a joint plan") or a cue of another act named
        after it ("met X ahead of next month's summit": the summit is to come)."""
        if not self._cues(doc, lo, hi, "planned_cues"):
            return False
        nouns = [k for k in range(lo, hi) if k > 0 and (self._has("nominal_cues", k) and self._has("determiners", k - 1)
                                                          or after and self._has("plan_nouns", k) and any(
                    self._has("determiners", j) for j in range(max(lo - 1, k - 3), k))
                                                          or k + 1 < hi and self._has("anaphor_days", k + 1)
                                                          or k in ignored or k > 0 and self._has("fulfilment_markers", k - 1)
                                                          and not self._negation_in(max(lo, k - 5), k - 1)
                                                          or self._overrun(k)
                                                          or after and self._other_ahead(k, lo))]
        bounds = [lo] + [b for k in nouns for b in (k, k + 1)] + [hi]
        return any(self._cues(doc, a, b, "planned_cues") for a, b in zip(bounds[::2], bounds[1::2]) if b > a)

    def _status(self, doc, clause, spans, ignored=()) -> str:
        """Cancelled by a cue anywhere in the clause but the trigger's own words ("von der Liste
        gestrichen" is an act, not a call-off); planned by a cue before the trigger,
        just after it ("talks planned for May") or in a relative clause on it, but none at
        the tokens ``ignored``; else happened."""
        lo, s = spans[0]
        outside = [(a, b) for lo_, hi_ in clause      # not a call-off after "after another act"
                   for a, b in ((lo_, min(hi_, s)),
                                (max(lo_, spans[1][0]), self._other_act_after(s, max(lo_, spans[1][0]), hi_))) if b > a]
        if any(self._cues(doc, a, b, "cancelled_cues") for a, b in outside) or self._calling_off(doc, lo, s):
            return "Cancelled"           # "the summit was called off"; "cancels the trip", "the
                                         # cancellation of the visit", not "met X after cancelling"
        ends = self._relative_end(doc, clause[0][1])
        if self._noun_at(s) and any(self._cues(doc, k, k + 2, "occurrence_words") and self._negation_in(
                max(s + 1, k - 2), k) and not any(s < t < k for t in self._trigger_starts)
                and not self._any("correction_words", k + 1, min(ends, k + 6)) for k in range(s + 1, ends)):
            return "Cancelled"           # "ein Treffen ..., das jedoch nicht stattfand", "which never took place"
        if self._noun_at(s) and self._judged_likely(s, spans[1][0], clause[0][1]):
            return "Planned"             # "a meeting ... is unlikely", "ein Treffen sei denkbar": a prospect
        if self._hearsay_past(*clause[0]):
            return "Happened"            # "soll Macron am Montag getroffen haben": reported done
        own = (spans[0], (spans[1][0], self._other_act_after(s, *spans[1])), *spans[2:])   # not "after a planned meeting was"
        if any(self._planned_in(doc, lo, hi, after=i == 1, ignored=ignored) for i, (lo, hi) in enumerate(own)) or self._cues(doc, *spans[0], "modal_cues") \
                or self._threatened(*spans[0]) or any(self._has("lowercase_modals", k) and self.cols.is_lower[k]
                                                      for k in range(*spans[0])):   # "may", not "May"
            return "Planned"             # "could travel", not "diplomats who could threaten"
        if self._has("present_tense_triggers", s) and self.cols.is_lower[s] and not (
                s > 0 and (self._has("past_do_forms", s - 1) or self._has("past_auxiliaries", s - 1))) \
                and any(self._has("future_clause_openers", k) for k in (clause[0][0] - 1, clause[0][0]) if k >= 0):
            return "Planned"             # "When X meets Y, they are likely to ...", "Wenn X Y trifft";
                                         # not "when they did meet"
        return "Happened"
