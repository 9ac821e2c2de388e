"""Dagster wiring: definitions, jobs, schedules, sensors and resources."""
