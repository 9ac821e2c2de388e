"""Rule-based mentions of people, organisations and places, with character offsets.

No trained model: capitalised runs are cut at honorifics, ranks, roles, demonyms and common
words, then classified with lexicons (organisations, outlets, gazetteer), head words
("Ministry", "Institute", "Square") and patterns ("X region", "the city of X"). A single
capitalised word counts as a person only with support: a title before it ("President Ruiz"),
a full name with that surname elsewhere in the text, or a speech verb after it.
"""
from crosscheck.extract.mentions.find import (MentionAnalysis, find_mentions, fullest_name, mention_analysis,
                                              person_mentions)
from crosscheck.extract.mentions.tokens import sentence_spans

__all__ = ["MentionAnalysis", "find_mentions", "fullest_name", "mention_analysis", "person_mentions", "sentence_spans"]
