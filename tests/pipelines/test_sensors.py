import dagster as dg

from pipelines.partitions import today
from pipelines.resources import LandingFolder
from pipelines.sensors import landing_folder_sensor


def evaluate(landing, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"landing": LandingFolder(path=str(landing))})
    return landing_folder_sensor(context), context.cursor


def test_sensor_requests_a_run_only_when_the_landing_folder_changes(landing):
    first, cursor = evaluate(landing)
    assert isinstance(first, dg.RunRequest) and first.partition_key == today()   # today's partition
    again, same = evaluate(landing, cursor)
    assert isinstance(again, dg.SkipReason) and same == cursor
    (landing / "new.txt").write_text("A new story arrived overnight from the scraper with figures in it.")
    after, moved = evaluate(landing, cursor)
    assert isinstance(after, dg.RunRequest) and moved != cursor


def test_sensor_skips_a_missing_folder(tmp_path):
    result, _ = evaluate(tmp_path / "gone")
    assert isinstance(result, dg.SkipReason) and "does not exist" in result.skip_message


def test_sensor_is_off_by_default():
    assert landing_folder_sensor.default_status == dg.DefaultSensorStatus.STOPPED
