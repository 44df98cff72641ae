-- newsfold: the analysts' questions, in plain SQL over the read models.
-- Each query starts with "-- name:"; edit the params CTE to change the period or company.
-- Run one with psql, e.g.:  psql "$DATABASE_URL" -f docs/queries.sql

-- name: q1_companies_losing_leaders
-- Which companies lost the most AI leaders in a period, and where did those people go?
-- Units roll up to their parent (a departure from "Acme Cloud" counts for Acme).
WITH params AS (SELECT timestamptz '2000-01-01' AS since, timestamptz '2100-01-01' AS until)
SELECT coalesce(o.parent_id, d.from_org_id) AS company_id,
       coalesce(p.name, min(d.from_org)) AS company,
       count(*) AS leaders_lost,
       string_agg(d.person || ' -> ' || coalesce(d.to_org,
                  CASE WHEN d.founded_new_venture THEN 'own venture' ELSE 'unknown' END),
                  '; ' ORDER BY d.person) AS went_to
FROM departures d
CROSS JOIN params
LEFT JOIN organizations o ON o.org_id = d.from_org_id
LEFT JOIN organizations p ON p.org_id = o.parent_id
WHERE d.certainty <> 'denied' AND d.from_org_id IS NOT NULL
  AND d.first_seen >= params.since AND d.first_seen < params.until
GROUP BY 1, p.name
ORDER BY leaders_lost DESC, company;

-- name: q2_ventures_founded_by_leavers
-- Which new ventures were founded by people who left big tech, and have they raised money since?
SELECT d.person, d.from_org AS left_from, d.to_org AS venture,
       f.fact_id IS NOT NULL AS has_raised,
       f.round, f.amount, f.currency, f.amount_usd, f.first_seen AS raise_reported
FROM departures d
LEFT JOIN funding_rounds f ON f.company_id = d.to_org_id AND f.certainty = 'confirmed'
WHERE d.founded_new_venture AND d.to_org_id IS NOT NULL AND d.certainty <> 'denied'
ORDER BY d.person, f.first_seen;

-- name: q3_funding_per_company
-- Total disclosed funding per company (USD-normalised), latest valuation, unicorns.
SELECT f.company_id, min(f.company) AS company, count(*) AS rounds,
       sum(f.amount_usd) AS disclosed_usd,
       (array_agg(f.valuation_usd ORDER BY f.last_seen DESC)
            FILTER (WHERE f.valuation_usd IS NOT NULL))[1] AS latest_valuation_usd,
       coalesce((array_agg(f.valuation_usd ORDER BY f.last_seen DESC)
            FILTER (WHERE f.valuation_usd IS NOT NULL))[1] >= 1e9, false) AS unicorn
FROM funding_rounds f
WHERE f.certainty = 'confirmed'
GROUP BY f.company_id
ORDER BY disclosed_usd DESC NULLS LAST, company;

-- name: q4_largest_shareholders
-- Who are the largest shareholders of a company, with what stake?
WITH params AS (SELECT 'moonshot'::text AS company_id)
SELECT o.company, o.holder, o.stake_pct, o.amount, o.currency, o.is_largest_shareholder, o.as_of
FROM ownership o CROSS JOIN params
WHERE o.company_id = params.company_id
ORDER BY o.stake_pct DESC, o.holder;

-- name: q5_facts_with_provenance
-- Every fact with its sources, evidence sentences and conflicts.
SELECT f.type, f.summary, f.certainty, f.corroboration,
       (SELECT string_agg(s ->> 'outlet' || ' (' || (s ->> 'article_id') || ')', ', ')
          FROM jsonb_array_elements(f.sources) s) AS sources,
       (SELECT string_agg(DISTINCT e ->> 'text', ' | ') FROM jsonb_array_elements(f.evidence) e) AS evidence,
       f.conflicts
FROM facts f
ORDER BY f.type, f.summary;
