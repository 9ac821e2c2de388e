"""The warehouse contract (../shared/CONTRACT.md) as data: tables, columns and types."""

CONTRACT_COLUMNS: dict[str, dict[str, str]] = {
    "articles": {"article_id": "VARCHAR", "source_path": "VARCHAR", "title": "VARCHAR", "text": "VARCHAR",
                 "outlet": "VARCHAR", "published_at": "TIMESTAMP"},
    "claims": {"claim_id": "VARCHAR", "article_id": "VARCHAR", "kind": "VARCHAR", "char_start": "INTEGER",
               "char_end": "INTEGER", "text": "VARCHAR", "value": "DOUBLE", "value_low": "DOUBLE",
               "value_high": "DOUBLE", "unit": "VARCHAR", "subject": "VARCHAR", "speaker": "VARCHAR",
               "person": "VARCHAR", "title": "VARCHAR", "group_id": "VARCHAR"},
    "entities": {"entity_id": "VARCHAR", "name": "VARCHAR", "type": "VARCHAR", "aliases": "VARCHAR[]"},
    "anomalies": {"anomaly_id": "VARCHAR", "kind": "VARCHAR", "severity": "VARCHAR", "claim_ids": "VARCHAR[]",
                  "message": "VARCHAR"},
    "quarantine": {"source_path": "VARCHAR", "reason": "VARCHAR"},
}

CLAIM_KINDS = ("figure", "title", "quote")
SEVERITIES = ("error", "warning", "info")
