from tests.conftest import write_articles


def test_spellings_resolve_to_one_entity_and_claims_use_the_canonical_name(stages):
    write_articles(stages.landing, {"third/brel.txt": (
        "Valdoria Rescue Teams Reach Villages\n\nRescue teams reached three cut-off villages on Tuesday, "
        "emergency chief Tomas Brel said, adding that 40 people had been airlifted to safety.")})
    assert stages.upto("resolve").success
    aliases = stages.one("select aliases from entities where name like 'Tomas Brel%'")
    assert {"Tomas Brell", "Tomas Brel"} <= set(aliases)
    speakers = {s for (s,) in stages.rows("select distinct speaker from claims where speaker_as_written like 'Tomas%'")}
    assert len(speakers) == 1
