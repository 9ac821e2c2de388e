"""Names -> entities: one entity per person, organisation and place across spellings."""
