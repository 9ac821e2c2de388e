"""What a number counts: noun-phrase stops, casualty words, plurals, groups of people."""
from __future__ import annotations

# Words that cannot belong to the noun phrase a number counts.
NP_STOP = set("""the a an of in on at to for from by with without into onto over under about after before
since during between among across through per than as and or but nor so yet if that which who whom
whose what when where while because though although is are was were be been being am has have had
having do does did done will would shall should can could may might must said says say told tell
according this these those it its they them their theirs he him his she her hers we us our ours you
your yours i me my mine there here then now also only just more most less least each every all both
either neither some any no not such own same up down out off away back ago later earlier last next
again still even already very too around almost nearly roughly approximately left came come comes
went go goes going got get gets made make makes took take takes including like against toward towards
within via upon amid amidst near behind beyond above below inside outside whereas whether how why plus
minus versus vs vs. respectively apiece worth compared according whereby thereby therefore however
yesterday today tomorrow tonight overall instead else elsewhere altogether together once twice
thrice remain remains remained stay stays stayed become became becomes live died die dies fled flee
flees need needs needed want wants think thinks believe believes know knows show shows use uses run
runs ran include includes see saw seen seem seems appear appears face faces faced find finds found
per cent percent which whilst unless till until upon amongst alongside throughout despite
annually monthly weekly daily yearly hourly each every another old
""".split())
# -ed participles that, right after a number, name what the number counts ("12 killed").
CASUALTY_WORDS = {"killed", "dead", "wounded", "injured", "hurt", "missing", "displaced", "evacuated",
                  "arrested", "detained", "captured", "rescued", "hospitalized", "hospitalised",
                  "homeless", "affected", "infected", "confirmed", "deaths", "dying", "dead."}
IRREGULAR_PLURALS = {"people", "men", "women", "children", "staff", "personnel", "police", "troops",
                     "feet", "teeth", "mice", "geese", "cattle", "sheep", "fish", "aircraft", "livestock",
                     "militia", "infantry", "crew", "folk", "youth", "data", "media", "criteria",
                     "dead", "wounded", "injured", "missing", "homeless", "elderly", "poor", "ppl"}
NOT_PLURAL = {"bus", "gas", "news", "series", "species", "class", "mass", "status", "analysis", "basis",
              "chassis", "campus", "virus", "bonus", "census", "canvas", "lens", "plus", "us", "this",
              "thus", "process", "access", "business", "crisis", "press", "is", "was", "has", "does",
              "its", "his", "hers", "yes", "corps", "whereas", "always", "perhaps", "various", "previous",
              "famous", "serious", "numerous", "enormous", "dangerous", "alias", "atlas", "tennis",
              "physics", "economics", "politics", "gross", "less", "across", "unless"}

# Groups whose "-strong" size counts troops ("a 12,000-strong force").
MILITARY_GROUP_WORDS = {"army", "force", "forces", "group", "grouping", "contingent", "brigade", "unit",
                        "battalion", "division", "corps", "regiment", "militia", "garrison", "detachment",
                        "formation", "troop", "troops", "deployment", "invasion", "offensive", "task"}
CROWD_WORDS = {"crowd", "protest", "march", "rally", "demonstration", "mob", "workforce", "team",
               "delegation", "congregation", "audience", "community"}

# Third-person verbs that end in -s and would otherwise read as the plural head of a counted noun
# ("a third of the population lives in ..."). They end the noun phrase only after a singular noun
# and before a word a verb can take (see `quantities.nouns.NounReader.verb_ends_np`).
VERBS_3SG = set("""lives says remains lies stands holds sits comes goes makes takes gives gets seems
appears wants needs owns pays believes thinks knows lacks earns spends uses suffers opposes favours favors
resides speaks rents commutes relies depends struggles receives occupies contains includes consists
exceeds dies owes buys sells expects agrees prefers considers feels hopes fears tends continues survives
travels arrives""".split())
# Words a verb (but not a plural noun) is commonly followed by.
AFTER_VERB = set("""in at on off near with to from for into across outside inside abroad alone there here
about around up down out over under below above less more it them him her its their his the a an this
that nothing only just mostly mainly some all every each no not far close without within through during
beyond behind by as like among alongside below""".split())
# Endings of words that modify a noun ("human lives", "civilian lives", "public works").
ADJECTIVE_ENDINGS = ("al", "ian", "an", "ic", "ive", "ous", "ful", "less", "ary", "ish", "ese",
                     "ern", "ed", "ing", "ile", "able", "ible")

# Nouns naming a group of people or a populated place: "a family of four", "a town of 700",
# "a crowd of 22,000" count people.
PEOPLE_GROUP_NOUNS = {"family", "families", "group", "team", "crew", "party", "household", "squad", "gang",
                      "band", "delegation", "contingent", "crowd", "population", "community", "town", "city",
                      "village", "hamlet", "island", "nation", "country", "congregation", "audience",
                      "workforce", "staff", "class", "couple", "tribe", "clan", "settlement", "municipality",
                      "suburb", "district", "neighbourhood", "neighborhood", "camp"}
# Parents of a number: "a mother of 12", "father of three" count children.
PARENT_NOUNS = {"mother", "father", "parent", "parents", "mom", "dad", "grandmother", "grandfather", "mum"}
# Hyphen compounds that count people: "a six-man squad", "a 12-member jury", "a three-person crew".
PERSON_COMPOUNDS = {"man", "men", "woman", "women", "member", "person", "people"}
# Past participles after "by" whose agent is a crowd: "a festival attended by 22,000".
CROWD_BY_VERBS = {"attended", "watched", "visited", "joined", "signed", "viewed", "packed", "filled",
                  "thronged", "crowded"}
# Verbs a vague crowd ("Thousands", "Hundreds") does as the subject of its sentence.
CROWD_SUBJECT_VERBS = {"were", "was", "are", "have", "had", "gathered", "fled", "marched", "protested",
                       "attended", "died", "lined", "took", "turned", "poured", "flocked", "joined", "rallied",
                       "came", "packed", "watched", "waited", "queued", "stood", "remain", "remained", "fled",
                       "ran", "left", "lost", "attend", "gather", "march", "protest", "line", "turn", "pour",
                       "flock", "join", "rally", "come", "wait", "stand", "run", "crowded", "cheered",
                       "danced", "sang", "screamed", "scrambled", "rushed", "sought", "took", "lay", "slept"}
# Verbs right before a bare number (or its qualifier) that say what it counts: "kills as many as 50".
VERB_COUNTS = {
    "killed": "killed", "killing": "killed", "kills": "killed", "kill": "killed",
    "injured": "injured", "injuring": "injured", "injures": "injured", "injure": "injured",
    "wounded": "wounded", "wounding": "wounded", "wounds": "wounded",
    "evacuated": "evacuated", "evacuating": "evacuated", "evacuates": "evacuated",
    "displaced": "displaced", "displacing": "displaced", "displaces": "displaced",
    "rescued": "rescued", "rescuing": "rescued", "rescues": "rescued",
    "arrested": "arrested", "arresting": "arrested", "arrests": "arrested",
    "detained": "detained", "detaining": "detained", "detains": "detained",
    "hospitalized": "hospitalized", "hospitalised": "hospitalised",
}
# Counted heads that stand for people: "368 others were injured", "20 ppl".
PEOPLE_HEADS = {"others": "people", "ppl": "people", "folks": "people", "persons": "people"}
# Participles after "N were/had been": "after five were extracted", "12 were found".
IRREGULAR_PARTICIPLES = {"found", "taken", "seen", "held", "brought", "freed", "known", "left", "hit", "shot",
                         "hurt", "slain", "caught", "thrown", "driven", "flown", "sent", "given", "killed",
                         "buried", "trapped", "pulled", "dug", "stuck", "lost", "born", "made", "kept", "struck"}
# Singular person nouns that, after a sentence-initial "One", introduce a character in a story
# ("One man had blood all over him") rather than a count, unless a casualty predicate follows.
NARRATIVE_PERSON_NOUNS = {"man", "woman", "boy", "girl", "guy", "lady", "gentleman", "witness", "resident",
                          "neighbor", "neighbour", "mother", "father", "survivor", "attendee", "concertgoer",
                          "fan", "student", "teacher", "officer", "nurse", "doctor", "volunteer", "rescuer",
                          "firefighter", "victim", "local", "villager", "worker", "soldier", "passenger",
                          "driver", "parent", "husband", "wife", "son", "daughter", "friend", "bystander"}
# What a sentence-initial "One <person>" may be said to be for it to count ("One man died").
ONE_STATE_WORDS = {"died", "dies", "survived", "perished", "drowned"}
# Heads that make "a hundred/thousand/million (other) X" a figure of speech.
FIGURATIVE_HEADS = {"emotions", "feelings", "thoughts", "things", "reasons", "ways", "ideas", "questions",
                    "memories", "stories", "worries", "words", "directions", "pieces", "shades", "faces",
                    "voices", "lifetimes", "apologies", "thanks", "dreams", "wishes", "hearts"}
# Places whose "half" is a part of the place, not a share of a counted total ("half of the town").
PLACE_NOUNS = {"city", "town", "village", "hamlet", "country", "region", "state", "province", "island",
               "district", "neighbourhood", "neighborhood", "street", "building", "block", "world", "continent",
               "area", "county", "valley", "center", "centre", "site", "house", "room", "field", "stadium",
               "square", "camp", "nation"}
# Words after which "about" is a preposition, not "approximately" ("News about six dead").
ABOUT_PREPOSITION_AFTER = {"news", "report", "reports", "story", "stories", "information", "details", "question",
                           "questions", "concern", "concerns", "worries", "worry", "worried", "talk", "talks",
                           "talked", "talking", "think", "thinking", "thought", "care", "cares", "cared", "debate",
                           "article", "articles", "update", "updates", "alert", "alerts", "rumours", "rumors",
                           "joke", "joked", "complain", "complained", "complaints", "learn", "learned", "hear",
                           "heard", "know", "knew", "speculation", "fears", "claims", "video", "footage",
                           "documentary", "book", "film", "song", "post", "posts", "tweet", "tweets"}

# "-ly" words that are nouns or adjectives, not adverbs ending the counted phrase ("50 elderly people").
LY_NOUNS_ADJECTIVES = {"family", "ally", "supply", "assembly", "rally", "anomaly", "monopoly", "italy", "elderly",
                       "friendly", "lonely", "deadly", "costly", "holy", "lovely", "orderly", "unruly", "burly",
                       "curly", "ugly", "silly", "oily", "wily", "homely", "hourly", "daily", "weekly", "monthly",
                       "quarterly", "yearly", "biweekly"}
# Collective nouns that may modify a plural head ("police officers", "rescue workers").
COLLECTIVE = {"police", "staff", "crew", "militia", "personnel", "infantry", "youth", "media", "security",
              "army", "navy", "government", "family", "aid", "rescue", "army"}
# Words before a number that never make it part of a name, even when capitalised ("About 40", "The 12").
CAP_OK_BEFORE = {"about", "around", "some", "nearly", "almost", "over", "under", "only", "just",
                 "approximately", "roughly", "at", "up", "more", "less", "fewer", "by", "the", "an", "a",
                 "and", "or", "with", "for", "of", "to", "in", "on", "than", "least", "estimated", "another"}
# Nouns whose hyphen compound with a number counts them: "a 50-car pileup", "a 40-employee firm",
# "a 28-nation bloc" (but "a 10-point plan", "a two-state solution", "a three-bed flat" are labels).
COMPOUND_COUNT_NOUNS = {
    "employee", "worker", "staffer", "officer", "soldier", "troop", "student", "pupil", "passenger", "patient",
    "judge", "juror", "player", "nurse", "doctor", "teacher", "seat", "vehicle", "car", "truck", "bus", "boat",
    "ship", "vessel", "plane", "aircraft", "jet", "helicopter", "tank", "home", "house", "apartment", "store",
    "shop", "branch", "school", "nation", "country", "count", "vote", "village", "hospital",
    "family", "building", "page", "member",
}
# Plurals that do not add "-s".
IRREGULAR_PLURAL_OF = {"man": "men", "woman": "women", "person": "people", "child": "children", "aircraft": "aircraft",
                       "staff": "staff", "police": "police", "foot": "feet", "tooth": "teeth", "sheep": "sheep"}
