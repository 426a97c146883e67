-- Analyst feedback beside the automatic verdict, never over it: one row per analysis, replaced when the
-- analyst changes their mind. analysis_id has no foreign key because re-analysing an alert gives its analysis
-- row a new ID; feedback on the replaced analysis then stays on record but no longer matches any analysis.
-- machine_verdict is the automatic verdict the analyst judged; agrees is 1 when the analyst's verdict is it.

CREATE TABLE analyst_feedback (
    analysis_id     TEXT    NOT NULL PRIMARY KEY,
    alert_id        TEXT    NOT NULL REFERENCES alerts (id),
    verdict         TEXT    NOT NULL,
    machine_verdict TEXT    NOT NULL,
    agrees          INTEGER NOT NULL,
    comment         TEXT,
    analyst         TEXT,
    given_at        BIGINT  NOT NULL
);

CREATE INDEX analyst_feedback_verdict ON analyst_feedback (verdict, analysis_id);

-- The rule, for the dashboard's top rules; analyses stored before this migration keep NULL until re-analysed.
ALTER TABLE analyses ADD COLUMN rule TEXT;

CREATE INDEX analyses_rule ON analyses (rule);
