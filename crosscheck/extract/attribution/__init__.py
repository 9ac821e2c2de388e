"""Who words or figures are attributed to (see `speaker.speaker_for`).

Modules: `vocab` (words and patterns), `text_rules` (rules on the text alone), `analysis` (the per-text
analysis and its lookups: pronouns, noun phrases), `subjects` (a speech verb's subject), `speaker` (the
attribution of a span).
"""
from crosscheck.extract.attribution.speaker import attribution, speaker_for, speaker_in

__all__ = ["attribution", "speaker_for", "speaker_in"]
