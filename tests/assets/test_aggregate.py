def test_the_same_quantity_from_two_outlets_forms_one_group(stages):
    assert stages.upto("aggregate").success
    groups = stages.rows("select n_articles, min_value, max_value, status from figure_groups where n_articles > 1")
    assert any(lo <= 12000 <= hi for _, lo, hi, _ in groups)
    grouped = stages.one("select count(*) from claims where group_id is not null")
    assert grouped >= 2
    assert stages.one("select count(*) from claims c anti join figure_groups g using (group_id) where c.group_id is not null") == 0
