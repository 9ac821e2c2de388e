from crosscheck.resolve.reference import PeopleReference, find_name_variants
from crosscheck.aggregate.title_consistency import find_title_mismatches

YAML = """
people:
  - name: Ion Rusu
    aliases: [Rusu]
    role: commander-in-chief
    scope: Moldova
  - name: Pavlo Samoylenko
    role: military analyst
    scope: Ukraine
"""


def test_load_yaml_and_csv(tmp_path):
    y = tmp_path / "people.yaml"
    y.write_text(YAML)
    c = tmp_path / "people.csv"
    c.write_text("name,aliases,role,scope\nIon Rusu,Rusu;I. Rusu,commander-in-chief,Moldova\n")
    for path in (y, c):
        ref = PeopleReference.load(path)
        assert ref.match("Gen. Ion Rusu").name == "Ion Rusu"
        assert ref.match("Nobody Known") is None


def test_reference_role_contradiction_is_an_error():
    ref = PeopleReference.from_yaml(YAML)
    rows = [{"claim_id": "c1", "article_id": "A", "outlet": "A", "person": "Ion Rusu", "title": "President",
             "role": "president", "scope": None}]
    assert find_title_mismatches(rows) == []
    found = find_title_mismatches(rows, reference=ref)
    assert found and found[0]["severity"] == "error" and "reference" in found[0]["message"]


def test_misspelt_variant_gives_info():
    ref = PeopleReference.from_yaml(YAML)
    ents = [{"type": "person", "name": "Pavlo Samoylenk", "aliases": ["Pavlo Samoylenk", "Samoylenk"]}]
    found = find_name_variants(ents, ref)
    assert found and all(f["kind"] == "name_variant" and f["severity"] == "info" for f in found)
    assert find_name_variants([{"type": "person", "name": "Ion Rusu", "aliases": ["Ion Rusu"]}], ref) == []
