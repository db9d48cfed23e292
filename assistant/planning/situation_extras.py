"""The rest of the situation: the partner's goals in their own words, people who matter, action
tables in minutes, and the topics to keep out of the room."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.perception.cio_lines import in_cio_voice
from assistant.planning import situation_cues as cue
from assistant.planning.chat_labels import SLACK
from assistant.planning.due_dates import due_date
from assistant.planning.goal_reading import labelled_by, named_before, not_a_goal, personal_name, turns
from assistant.planning.kept_people import kept_out_names
from assistant.planning.note_reading import WORD, Partner, about_partner, bare, strip_label
from assistant.planning.other_subject import other_persons_pronoun, reminder_to_self
from assistant.planning.situation_round2 import slot_fits, subject_next_to_verb
from assistant.planning.situation_round8 import cio_sentence
from assistant.planning.stance import hollow, someone_elses_want
from assistant.schema import NoteText
from assistant.text.given_names import given_name
from assistant.text.sentences import one_line

if TYPE_CHECKING:
    from assistant.planning.situation_types import AvoidTopic, Goal, Item, Person, Sentence, Situation

_TABLE_ROW = re.compile(r"^[ \t]*\|(?P<cells>.+)\|[ \t]*$", re.M)
_WHOLE_ASK = re.compile(r"[\"“]?(?P<comp>[^\"“”.]{6,}?)[.,;]\s*(?:That's|That is) (?:the whole ask|all I (?:ask|need|want))", re.IGNORECASE)
US_OWNERS = {"it", "cio", "me", "us", "we", "my team", "our team", "service desk", "pmo"}


def _narrated_goal(comp: str, quote: str) -> bool:
    """A goal the line tells in the CIO's voice ("Kwabena wants X cut. "I pay per head ..."): not their words, unless quoted."""
    inside = " ".join(re.findall(r"[\"“]([^\"”]+)[\"”]", quote))
    return comp not in inside and in_cio_voice(re.sub(r"[\"“][^\"”]*[\"”]", "", quote))


def find_goals(sentences: list[Sentence], partner: Partner) -> list[Goal]:
    from assistant.planning.situation_types import Goal

    goals: list[Goal] = []
    for s, who, text, quote in _goal_turns(sentences, partner):
        if cue.personal_matter(text):
            continue
        found: list[tuple[re.Match[str], bool]] = []
        if who == "partner":
            found += [(m, True) for m in cue.GOAL_SPOKEN.finditer(text)]
        narrated = cue.GOAL_NARRATED.search(text)
        if narrated and s.speaker == "partner" and _named(text[: narrated.start()], partner) and subject_next_to_verb(text[: narrated.start()], partner):
            found.append((narrated, False))  # "Piotr wants ..." on the line after a "Piotr:" label is narration about him
        elif s.speaker in ("narrator", "us") and not cio_sentence(s):
            if narrated and about_partner(text[: narrated.start()], partner) and subject_next_to_verb(text[: narrated.start()], partner) \
                    and not someone_elses_want(text[: narrated.start()], partner.names) \
                    and not other_persons_pronoun(text[: narrated.start()], partner.names) \
                    and not reminder_to_self(text[: narrated.start()], narrated.group("verb")):  # "Keisha looked like she wanted": hers
                found.append((narrated, False))
            for quoted in re.finditer(r"[\"“]([^\"”]{8,})[\"”]", text):
                found += [(m, True) for m in cue.GOAL_SPOKEN.finditer(quoted.group(1))]
        for match, spoken in found:
            comp = re.split(r",?\s+(?:and|but|so|while)\s+(?:he|she|they|I|we|his|her|their|said|added|told|uses|is|has|was|says|asked|asks|wants|thinks|sees|keeps|needs)\b", match.group("comp"))[0].strip(" ,:;\"“”")
            comp = re.split(r",\s*but\b|,\s*(?:we|I)(?: are|'re| am|'m) (?:at|on)\b", comp)[0]  # "the depot data joined up, but your projects always slip": the goal ends at "but"
            comp = re.sub(r"(\d\s?[ap])$", r"\1.m.", comp.split(" |")[0]).strip(" ,")  # a table cell ends at its bar; "9 a.m." whole
            if DEMAND_ON_US.search(comp) or not_a_goal(comp) or hollow(comp, 1):
                continue  # "a weekly status e-mail from IT", "you and Ines there", "to talk": an ask of us, never their goal
            if not (slot_fits(comp) or cue.MEASURE.search(comp)) or len(comp.split()) < 2 or re.match(r"(?:us|me|IT)\s+to\b", comp) or re.search(r"\b(?:it|this|that|them)\b", " ".join(comp.split()[:3]), re.I):
                continue
            goals.append(Goal(comp, match.group("verb"), quote, s.date, s.note.ref, spoken and not _narrated_goal(comp, quote), cue.MEASURE.findall(comp)))
        for whole in _WHOLE_ASK.finditer(text):
            if (who == "partner" or about_partner(text[: whole.start()], partner)) and not not_a_goal(whole.group("comp")):
                goals.append(Goal(whole.group("comp").strip(), "I want you to", quote, s.date, s.note.ref, True, cue.MEASURE.findall(whole.group("comp"))))
    goals.sort(key=lambda g: (g.date is not None, g.date), reverse=True)  # latest first
    return goals


def _goal_turns(sentences: list[Sentence], partner: Partner) -> list[tuple[Sentence, str, str, str]]:
    """(sentence, speaker, text, quote) for each chat turn a sentence carries ("[10:02] maya: ..."; the turn is its
    quote); a bullet labelled with the partner's name ("- Rosa: we have to ...") is theirs; the CIO's turns are left out."""
    out: list[tuple[Sentence, str, str, str]] = []
    for s in sentences:
        label = labelled_by(s.text)
        speaker = "partner" if label and partner.is_me(label) else s.speaker
        slack = SLACK.match(s.text)  # "[10:02] maya:" is a handle, never the month May
        bare = s.text[slack.end():] if slack else strip_label(s.text)
        parts = turns(one_line(bare))
        whole = bare if bare != s.text and bare in s.text else s.text  # a one-turn chat line: its words, the label left off
        for who, text in parts:
            if who and not partner.is_me(who):
                continue  # "[10:04] cio: ...": not the partner's words
            out.append((s, "partner" if who else speaker, text, text if len(parts) > 1 else whole))
    return out


DEMAND_ON_US = re.compile(r"\bfrom (?:IT|you|us|your team)\b|^your\b|^(?:a |an )?(?:weekly|daily|monthly)? ?(?:status|update|report|e-?mail|call)\b", re.IGNORECASE)


def _named(before: str, partner: Partner) -> bool:
    return any(bare(w) in partner.names for w in re.findall(WORD, before))


# A sentence adverb at the head of a line ("Separately, the CFO told me ..."), never a person's name.
_SENTENCE_ADVERB = re.compile(r"(?:separately|apparently|finally|additionally|meanwhile|incidentally|frankly|honestly|basically|anyway|"
                              r"otherwise|however|unfortunately|fortunately|luckily|interestingly|obviously|clearly|presumably|"
                              r"reportedly|allegedly|confidentially|privately|officially|also|then|later|today|yesterday)\b", re.I)


def find_people(sentences: list[Sentence], partner: Partner) -> list[Person]:
    from assistant.planning.situation_types import Person

    people: dict[str, Person] = {}
    kept_out = kept_out_names(sentences)
    for k, s in enumerate(sentences):
        nxt = sentences[k + 1].text if k + 1 < len(sentences) and sentences[k + 1].note is s.note else ""
        if cue.PHONE.search(s.text) or cue.EMAIL.search(s.text) or cue.personal_matter(s.text):
            continue
        if cue.DO_NOT_RAISE.search(s.text) or cue.DO_NOT_RAISE.search(nxt):
            continue  # told in confidence ("Confidential; keep it out of every meeting"): no one in it is named in a plan
        for pattern in (cue.PERSON, cue.PERSON_ROLE_FIRST):
            for match in pattern.finditer(s.text):
                if pattern is cue.PERSON_ROLE_FIRST and named_before(s.text[: match.start()]):
                    continue  # "Ana Ruiz (his deputy, Tromsø)": the person stands before the bracket
                name = cue.person_name(match.group("name"))
                if partner.is_me(name) or name.split()[0].lower() in {"the", "our", "my", "his", "her", "their"} or not personal_name(name) \
                        or _SENTENCE_ADVERB.match(name) or set(name.split()) & kept_out:
                    continue
                raw = match.groupdict().get("role") or match.groupdict().get("role2") or ""
                role = re.sub(r"\s+", " ", raw).strip(" ,")
                if name.split()[0] not in {p.split()[0] for p in people}:
                    people[name] = Person(name, role, s.text, s.date, s.note.ref)
    return list(people.values())[:4]


def table_promises(notes: list[NoteText], partner: Partner) -> list[Item]:
    """Rows of an action table (| action | owner | due |) in minutes: promises by us or by the partner."""
    from assistant.planning.our_promises import our_people
    from assistant.planning.situation_types import Item, terms_of

    ours = our_people(notes, partner)  # "Dami (our architect)" in any note: her row is ours
    out: list[Item] = []
    for note in notes:
        header: list[str] | None = None
        for match in _TABLE_ROW.finditer(note.text):
            cells = [c.strip() for c in match.group("cells").split("|")]
            low = [c.lower() for c in cells]
            if header is None:
                if any("action" in c for c in low) and any("owner" in c or "who" in c for c in low):
                    header = low
                continue
            if all(set(c) <= set("-: ") for c in cells):
                continue
            row = dict(zip(header, cells, strict=False))  # header cells are lower-case
            what = next((v for k, v in row.items() if "action" in k), "")
            who = next((v for k, v in row.items() if "owner" in k or "who" in k), "")
            when = next((v for k, v in row.items() if "due" in k or "date" in k or "when" in k), "")
            if not what or not who:
                continue
            mine = who.lower() in US_OWNERS or _ours(who, note.text) or _it_owned(who) or bool(who.split() and who.split()[0] in ours)
            owner = "partner" if partner.is_me(who) else "us" if mine else ""
            if not owner:
                continue
            due, _ = due_date(f"by {when}", note.date, note.date_order) if when else (None, "")
            status = "done" if re.search(r"\b(?:done|closed|complete|delivered)\b", " ".join(low)) else "open"
            out.append(Item("promise", owner, status, match.group(0).strip(), note.date, note.ref, "agreed", what, False, due,
                            owner_name=who, order=-1, terms=terms_of(what), date_order=note.date_order))
    return out


def _it_owned(who: str) -> bool:
    """'IT (Lena)', 'CIO / Sam': a row our side owns, whoever is named in brackets."""
    return re.match(r"(?:IT|CIO|ICT)\b(?!\s*/\s*(?:vendor|supplier))", who.strip()) is not None


def _ours(who: str, text: str) -> bool:
    """An owner named as one of our people in the note ("Priya (IT)", "Priya's BI team")."""
    name = re.escape(who.split()[0]) if who.split() else "x^"
    return bool(re.search(rf"\b{name}\b[^.\n]{{0,20}}\b(?:IT|BI team|our|my team|service desk|architect|engineer)", text))


_PERSONAL_CONTACT = re.compile(r"\b(?:personal|private|mobile|cell|home|whatsapp|gmail|googlemail|hotmail|yahoo|icloud|outlook\.com|live\.com|proton\w*)\b", re.I)
_HEADER = re.compile(r"^\s*(?:From|To|Cc|Bcc|Sent|Reply-To|Tel|Phone|Email|E-mail)\s*:", re.I)


def _personal_contact(text: str) -> bool:
    """A personal phone number or e-mail address ("use my gmail: ...", "gave me her mobile, 07700 ..."), never a work
    address in an e-mail header or signature."""
    return bool((cue.PHONE.search(text) or cue.EMAIL.search(text)) and _PERSONAL_CONTACT.search(text) and not _HEADER.match(text))


def find_avoid(sit: Situation, partner_name: str | None) -> list[AvoidTopic]:
    from assistant.planning.avoid_naming import kept_out_topic
    from assistant.planning.confided_topic import confided_topic
    from assistant.planning.confidential import about_the_notes
    from assistant.planning.keepout_labels import contact_topic, personal_topic
    from assistant.planning.situation_types import AvoidTopic, terms_of

    notes = "\n".join({s.note.ref: s.note.text for s in sit.sentences}.values())
    first = given_name(partner_name, notes) if partner_name else "the partner"  # "Dr Ruth Adeyemi": Ruth, never "Dr"
    out: list[AvoidTopic] = []
    for item in sit.items:
        if item.kind == "miss" and item.forgiven_quote and item.status == "done":
            out.append(AvoidTopic(
                miss_label(item), f"{first} put it behind them ({_when(item.forgiven_on or item.date)}); raising it again reopens it.",
                "forgiven_miss", item.quote, item.terms, item.date, item.note_ref,
            ))
    personal = personal_topic(sit.sentences, sit.meeting_day)  # "the family matter in the note of 3 November 2026": its kind, never its detail
    contact = contact_topic([s.text for s in sit.sentences if _personal_contact(s.text)])
    for s in sit.sentences:
        kind = topic = why = ""
        if cue.personal_matter(s.text):
            kind, topic = "personal", personal
            why = "Private; the meeting does not need it, and this plan may be shared with a coach."
        elif cue.AUDIT.search(s.text):
            kind, topic = "audit", "the audit finding"
            why = f"An audit matter: leave it to {first} to raise, and answer plainly if asked."
        elif cue.DO_NOT_RAISE.search(s.text) and not about_the_notes(s.text):
            named = kept_out_topic(s, sit.sentences) or confided_topic(s, sit.sentences)  # a confidence: named by its kind
            quoted = named.startswith("“")
            kind, topic = "asked_not_to", (f"{named} (note of {_when(s.date)})" if named and quoted and s.date else named if named
                                           else f"what the note of {_when(s.date)} says to keep out of the room" if s.date
                                           else "what an undated note says to keep out of the room")
            why = "The notes say not to raise it."
        elif _personal_contact(s.text):
            kind, topic = "contact", contact
            why = "Private; reach the partner the usual way, and keep them out of a plan that may be shared."
        if kind:
            out.append(AvoidTopic(topic, why, kind, s.text, terms_of(s.text), s.date, s.note.ref))
    seen: set[str] = set()
    unique = []
    kinded = {a.note_ref for a in out if a.kind == "asked_not_to" and not a.topic.startswith("the matter in ")}
    confided: dict[str, str] = {}
    for a in out:
        if a.kind == "asked_not_to" and a.topic.endswith("(told in confidence)") and a.topic.startswith("the matter in "):  # unnamed ones
            a.topic = confided.setdefault(a.note_ref, a.topic)  # of one note: one line (terms merged); named ones stay apart
        if a.kind == "asked_not_to" and a.topic.startswith("the matter in ") and a.note_ref in kinded:
            a.topic = next(u.topic for u in out if u.note_ref == a.note_ref and u.kind == "asked_not_to" and u is not a
                           and not u.topic.startswith("the matter in "))  # "Do not raise." after the named matter: the same one
        if a.topic not in seen:
            seen.add(a.topic)
            unique.append(a)
        elif a.kind != "forgiven_miss":
            merged = next(u for u in unique if u.topic == a.topic)
            merged.terms = merged.terms | a.terms
    return unique


# A phrase that is no thing's name: it holds a verb ("the SAP pricing conditions didn't map"), or ends on a word that names
# nothing of its own ("the bad", "the company", "the thing").
_VERBISH = re.compile(r"\b(?:didn['’]t|don['’]t|doesn['’]t|wasn['’]t|weren['’]t|isn['’]t|won['’]t|can['’]t|did|does|was|were|is|are|had|has|have)\b", re.I)
_EMPTY_END = {"bad", "good", "big", "late", "new", "old", "wrong", "company", "thing", "things", "stuff", "issue", "issues", "problem",
              "problems", "one", "ones", "lot", "bit", "part", "side", "business", "organisation", "organization", "firm"}


def _names_a_thing(phrase: str) -> bool:
    words = re.findall(r"[\w'’-]+", phrase)
    return bool(words) and not _VERBISH.search(phrase) and words[-1].lower() not in _EMPTY_END


# What may follow a whole name: a verb, a preposition or a joining word ("the Pune data" before "centre lost power" is cut short).
_AFTER_NAME = re.compile(r"^(?:[,.;:!?)\"”’]|$|\s+(?:[a-z]+ed|[a-z]+s|and|or|but|on|in|at|of|for|to|from|with|by|was|were|is|are|went|fell|"
                         r"lost|broke|ran|had|has|that|which|when|after|before|during|again|last|this|since|because|so|while|I|we|he|she|they|you)\b)")


def _whole_name(phrase: str, quote: str) -> str:
    """The phrase, or the phrase with the one noun that completes it ("the Pune data" + "centre"); '' if still cut short."""
    at = quote.find(phrase)
    if at < 0 or _AFTER_NAME.match(quote[at + len(phrase):]):
        return phrase
    more = re.match(r"\s+([a-z]{3,})\b", quote[at + len(phrase):])
    longer = f"{phrase} {more.group(1)}" if more else ""
    return longer if longer and _AFTER_NAME.match(quote[at + len(longer):]) else ""


def miss_label(item: Item) -> str:
    from assistant.planning.facts import _candidates
    from assistant.planning.slot_fit import fits_slot

    quote = item.quote.replace("\n", " ")
    phrases = [p for p, kind, _ in _candidates(quote) if kind in ("project", "incident")]
    noun = {"delay": "delay", "outage": "outage", "failure": "failure", "wait": "wait"}.get(item.miss_kind, "miss")
    phrases = [w for w in (_whole_name(p, quote) for p in phrases if _names_a_thing(p)) if w and _names_a_thing(w)]
    named = []
    if phrases:
        phrase = phrases[0]
        named.append(phrase if re.search(r"(?:outage|crash|incident|failure|breach)s?$", phrase, re.I) else (
            f"the {noun} on {phrase}" if item.miss_kind != "delay" else f"the delay to {phrase}"))
    subject = _subject_phrase(item.quote, item.verb)
    if subject and _names_a_thing(subject):
        named.append(f"the delay to {subject}" if item.miss_kind in ("delay", "wait") else f"the {noun} of {subject}")
    for name in named:
        if fits_slot(name):  # "the delay to the change to the": a cut name is dated instead (slot_fit.py)
            return name
    return f"the {noun} raised on {_when(item.date)[:-5]}" if item.date else f"the {noun} in an undated note"  # never "raised on an undated note"


_NP = re.compile(r"\b(?:the|your|our|(?-i:[A-Z][a-z]+day)'s)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)", re.IGNORECASE)  # "Friday's payment run"
_NOT_THINGS = {"date", "time", "week", "month", "year", "day", "morning", "afternoon", "team", "side", "end", "way", "window"}


def _subject_phrase(quote: str, cue_word: str) -> str:
    """The thing that was late or failed, named before the cue in the same sentence ("The personalisation engine ... still isn't live")."""
    before = quote.split(cue_word)[0] if cue_word and cue_word in quote else ""
    for match in _NP.finditer(before):
        words = match.group(1).split()
        while words and words[-1].lower() in {"you", "we", "they", "he", "she", "it", "was", "is", "were", "had", "has", "this", "that", "on", "in", "at", "by", "to", "of", "for", "and"}:
            words = words[:-1]
        if words and words[-1].lower() not in _NOT_THINGS and not any(w[0].isdigit() for w in words):
            return "the " + " ".join(words)
    return ""


def _when(date: object) -> str:
    import datetime as dt

    return date.strftime("%-d %B %Y") if isinstance(date, dt.date) else "an undated note"
