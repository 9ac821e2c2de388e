"""Words and patterns of attribution: pronouns, determiners, source nouns, report phrases."""
from __future__ import annotations

import re

from crosscheck import lexicons

PRONOUNS = {"he", "she", "him", "her"}
PRONOUN_GENDER = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}
PLURAL_PRONOUNS = {"they", "it", "we", "i", "you"}
# Auxiliaries and adverbs between a subject and its speech verb ("has also reportedly said").
SKIP_BEFORE_VERB = lexicons.words("verb_adverbs.txt")
# Nouns that head a source's noun phrase ("police officials", "the state emergency agency").
# Regular plurals are read as their nouns ("group" -> "groups").
NP_NOUNS = lexicons.words("source_nouns.txt") | {w + "s" for w in lexicons.words("source_nouns.txt")
                                                  if w[-1].isalpha() and w[-1] not in "sy"}
DETERMINERS = {"a", "an", "the", "one", "two", "three", "several", "some", "many", "other", "another", "his",
               "her", "their", "its", "two", "both", "most"}
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[\w\u00C0-\u024F][\w\u00C0-\u024F'\u2019\-]*(?:\.[\w\u00C0-\u024F'\u2019\-]+)*"
                    r"|[,;:()\"\u201c\u201d\u2018\u2014\u2013]")
OPEN_Q = "\"\u201c"
REPORT_PATTERNS = [
    re.compile(r"\b[Aa]ccording\s+to\s+"),
    # "as per Mexico's National Elections Institute", ", per the Register" (never "$19 per Class A share")
    re.compile(r"(?:\b[Aa]s\s+|,\s+)per\s+(?=(?:the\s+)?[A-Z])"),
    re.compile(r"\b(?:as\s+)?(?:reported|stated|claimed|announced|estimated|confirmed|said|noted|cited|projected|"
               r"forecast|predicted|calculated)\s+by\s+"),
    re.compile(r"\b(?:reports?|estimates?|claims?|data|figures|numbers|statistics|tallies|statements?)\s+(?:from|by)\s+", re.I),
]
CONTINUATION = re.compile(r"(?:(?:Its|It|Their|It's|It\u2019s|They|Those|These)\s|Another\s+\d"
                          # "That number fell to 40", "That included 300 children" (not "This year, ...")
                          r"|(?:That|This)(?:['\u2019]s)?\s+(?!(?:year|week|month|morning|afternoon|evening|night|"
                          r"time|summer|spring|fall|autumn|winter|weekend|season|is\s+why|was\s+why|means)\b)[a-z]"
                          r"|The\s+(?:number|figure|toll|total|tally|count)\s)")
OWN_COMPLEMENT = re.compile(r"\s+(?:for\b(?!\s+(?:The\s+)?[A-Z])|(?:[A-Za-z]+\s+){0,3}?that\b)")   # (not "reports for NPR")
CALL_FOR = {"call", "calls", "called", "calling"}
# "X called it "a hateful proposal"", "called the 1.8 million "a concession"": naming something in words
# of one's own, which the quotation gives
CALLED_QUOTE = re.compile(r"\s+(?:it|this|that|them|him|her|(?:the|this|that|his|her|their|its)\s+[\w.,$-]+(?:\s+[\w.,$-]+){0,3}"
                          r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:\s+as)?,?\s*[\"\u201c]")
TOLD_THE_OUTLET = re.compile(r"\s+the\s+(?:outlet|newspaper|paper|network|broadcaster|station|magazine|"
                              r"news\s+agency|website|site)\b")
DOCUMENTS = {"report", "study", "analysis", "assessment", "statement", "survey", "review", "investigation"}
# Court papers speak for themselves when no author is named: "The complaint accused Roe of ...", "the
# indictment says" (a report or study, by contrast, is someone's)
LEGAL_DOCUMENTS = {"complaint", "indictment", "lawsuit", "suit", "affidavit", "filing", "ruling", "opinion", "order",
                   "verdict", "subpoena", "warrant", "motion", "petition"}
# "the complaint", "the federal criminal complaint", "a Varden County lawsuit"
LEGAL_DOCUMENT = re.compile(r"(?:the|a|an)\s+(?:(?:[a-z]+|[A-Z][\w.\-]*)\s+){0,3}(" + "|".join(sorted(LEGAL_DOCUMENTS)) + r")",
                            re.I)
CITING = {"citing", "quoting", "cited", "quoted"}
# "News & Observer in Raleigh, N.C." -> the body without its town
PLACED_BODY = re.compile(r"((?:[A-Z][\w.&'\u2019\-]*\s+|&\s+)*[A-Z][\w.'\u2019\-]*)\s+in\s+([A-Z].*)$")
TELL_VERBS = {"told", "tell", "tells", "telling"}
PARTICIPLES = {"saying", "adding", "noting", "telling", "writing", "warning", "explaining", "insisting",
               "arguing", "claiming", "stressing", "asserting", "declaring", "calling", "describing"}
# other participles of speech verbs attribute only after a comma: "..., tweeting:", not "precincts reporting"
COMMA_PARTICIPLES = {v for v in lexicons.speech_verbs() if v.endswith("ing")}
# Verbs that revise a reported figure: "Authorities revised downward an earlier figure of 90".
REVISION_VERBS = {"revised", "revises", "updated", "updates", "lowered", "lowers", "raised", "raises", "corrected"}
REVISED_OBJECT = re.compile(r"(?:\s+(?:down|downward|downwards|up|upward|upwards|its|their|the|an?|earlier|"
                             r"previous|initial|official|death|casualty|injury))*\s+(?:toll|figure|estimate|count|tally|number)s?\b")
# An embedded post closing its paragraph: "... pic.twitter.com/x — Display Name (@handle) May 2, 2019"
EMBEDDED_POST = re.compile(r"[\u2014\u2013]\s+([^\n\u2014\u2013()]{2,60}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}[ \t]*$",
                            re.M)
# A clock time does not end a sentence before a day, month or time zone ("at 4 a.m. Monday").
CLOCK_END = re.compile(r"\b[ap]\.m\.\s*$", re.I)
TIME_WORDS = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                         r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                         r"Nov|Dec|local|[A-Z]{1,2}[SD]?T|GMT|UTC)\b")
POSSESSIVE_BODY = re.compile(r"(?:their|its)\s+(governments?|authorities|officials|ministr(?:y|ies)|embass(?:y|ies))$", re.I)
# "A put it at 6, while B put it at 5.9 and C at 6.1": the estimate verb is left out after "and C".
ESTIMATE_CLAUSE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates|set|sets|measured|measures|"
                              r"pegged|pegs)\s+(?:it|the\s+\w+|its\s+\w+)\s+(?:at|closer\s+to|nearer|near|as\s+high\s+as|as\s+low\s+as)\b")
GAPPED_SUBJECT = re.compile(r"(?:\band|\bwhile|\bwhereas|,)\s+((?:the\s+)?(?:[A-Z][\w.'\u2019\-]*\s+){1,6})at\s+$")
CLAUSE_WORDS = {"and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "that", "which", "who",
                 "was", "were", "is", "are", "be", "been", "has", "have", "had", "not", "as", "than", "then"}
COUNTRY_NAMES = {"u.s.": "United States", "us": "United States", "usa": "United States", "america": "United States",
                  "u.k.": "United Kingdom", "uk": "United Kingdom", "britain": "United Kingdom"}
PASSIVE_AUX = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)|\b(?:[Ii]t|[Tt]hat|[Tt]here)['\u2019]s)\s+(?:[a-z]+ly\s+|also\s+|not\s+|widely\s+)?$")
# Bare forms that are as often nouns: "the Tar Heel state", "a police report".
NOUN_LIKE_VERBS = {"state", "report", "estimate", "claim", "forecast", "note", "statement", "count", "post",
                    "comment", "warning", "account", "record", "document", "documents"}
BARE_VERB_SUBJECTS = {"they", "we", "i", "you", "to", "will", "would", "could", "may", "might", "should", "can",
                       "must", "did", "do", "also", "not", "often", "now", "still"}

# Nouns of bodies that a definite description refers back to ("the 145-year-old organisation").
BODY_NOUNS = {"organisation", "organization", "group", "company", "firm", "agency", "body", "institution",
              "network", "newspaper", "paper", "outlet", "broadcaster", "station", "channel", "association",
              "union", "party", "charity", "nonprofit", "non-profit", "watchdog", "lobby"}
# What a person or body speaks through: "the governor's office said", "the navy's Facebook page".
OWNED_CHANNEL = re.compile(r"(?P<owner>.+?)['\u2019]s?\s+(?:[A-Z]\w+\s+)?(?:office|campaign|page|account|feed|website|"
                           r"site|channel|blog|newsletter)$")
# "the economy added 223,000 jobs", "Roe wrote seven memos": "add" or "write" with an object reports nothing
ADD_VERBS = {"add", "adds", "added", "adding"}
ADDED_OBJECT = re.compile(r"\s+(?:an?|another|some|about|nearly|almost|roughly|more|over|up\s+to|at\s+least|\$?\d)\b")
WRITE_VERBS = {"wrote", "write", "writes", "written", "writing", "post", "posts", "posted", "posting", "tweeted",
               "tweets", "published", "publishes"}
WRITTEN_OBJECT = re.compile(r"\s+(?:about\s+|nearly\s+|more\s+than\s+|at\s+least\s+)?(?:\d|(?:two|three|four|five|six|"
                            r"seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\s)")
