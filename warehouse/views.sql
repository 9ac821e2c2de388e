-- Views for people who query the warehouse with SQL.

-- Who published each article: the outlet, or the file's name when the outlet is unknown.
CREATE OR REPLACE VIEW article_sources AS
SELECT article_id, source_path, published_at,
       coalesce(outlet, regexp_extract(source_path, '([^/]+?)(\.[^./]*)?$', 1)) AS source
FROM articles;

CREATE OR REPLACE VIEW figure_claims AS
SELECT c.claim_id, a.outlet, a.source_path, a.published_at, c.text, c.value, c.value_low,
       c.value_high, c.unit, c.subject, c.place, c.time_ref, c.speaker, c.change, c.group_id,
       c.hypothetical, c.flag, c.sentence
FROM claims c JOIN articles a USING (article_id)
WHERE c.kind = 'figure';

CREATE OR REPLACE VIEW title_claims AS
SELECT c.claim_id, a.outlet, a.source_path, c.person, c.title, c.role, c.scope,
       c.person_as_written, c.text, c.flag
FROM claims c JOIN articles a USING (article_id)
WHERE c.kind = 'title';

CREATE OR REPLACE VIEW disputed_figures AS
SELECT g.group_id, g.label, g.status, g.consensus_value, g.spread, g.unit,
       f.outlet, f.source_path, f.speaker, f.value, f.value_low, f.value_high, f.text
FROM figure_groups g JOIN figure_claims f USING (group_id)
WHERE g.status <> 'consistent'
ORDER BY g.group_id, f.value;
