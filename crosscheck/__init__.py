"""crosscheck: text -> claims, with no Dagster in sight.

Readers turn landing files into documents, `clean` strips boilerplate, `extract` reads
figures, titles and quotes (with exact character offsets), `entities` resolves names across
spellings, and `groups` lines figures up across outlets.
"""
__version__ = "0.1.0"
