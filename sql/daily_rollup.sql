-- daily_rollup.sql: raw tracking events -> one row per date, source, campaign, influencer, brand and
-- product, in the columns of tracking_data.csv (SPEC 1 allows daily aggregates). Standard SQL only
-- (CAST, SUM, COALESCE, NULLIF, TRIM, LOWER, CASE, GROUP BY): runs unchanged on Spark SQL, BigQuery
-- and DuckDB. Export the result as tracking_data.csv (header, comma-separated) into data/.
--
-- Input: a table or view raw_tracking_events with one row per order event:
--   date          DATE     the order's day
--   source        STRING   'organic' (any case) or blank for organic orders; anything else is attributed
--   campaign      STRING   campaign of an attributed order
--   influencer_id STRING   influencer of an attributed order; blank for organic ones
--   user_id       STRING   the customer (not carried into the rollup)
--   brand         STRING   blank is 'Unbranded' in the report
--   product       STRING
--   orders        BIGINT   orders in the event (>= 0)
--   revenue       DECIMAL  INR, at most 2 decimals (paise)
--
-- Output: date, source, campaign, influencer_id, user_id, brand, product, orders, revenue.
-- source is 'organic' exactly where the report's loader would call the event organic (influencer_id
-- blank and source blank or 'organic', docs/LOADING.md) and 'influencer' otherwise, so the rollup
-- classifies every event as the raw file would; organic rows carry no campaign (the loader ignores it).
-- user_id is NULL (empty in the CSV). Blank and NULL text are one group (written as NULL).
-- Events the loader would exclude for a blank date, product, orders or revenue, or a negative
-- number, are left out here (a partial row would otherwise be summed into a valid group): check
-- raw-event quality in the warehouse. Attributed events with no campaign or influencer_id, or an
-- influencer_id that is not in influencers.csv, stay in (as their own groups) so the report still
-- reports them, once per group rather than once per event.
SELECT
  e.date AS date,
  e.source AS source,
  e.campaign AS campaign,
  e.influencer_id AS influencer_id,
  CAST(NULL AS STRING) AS user_id,
  e.brand AS brand,
  e.product AS product,
  SUM(e.orders) AS orders,
  SUM(e.revenue) AS revenue
FROM (
  SELECT
    r.date AS date,
    CASE
      WHEN NULLIF(TRIM(r.influencer_id), '') IS NULL
           AND COALESCE(LOWER(TRIM(r.source)), '') IN ('', 'organic') THEN 'organic'
      ELSE 'influencer'
    END AS source,
    CASE
      WHEN NULLIF(TRIM(r.influencer_id), '') IS NULL
           AND COALESCE(LOWER(TRIM(r.source)), '') IN ('', 'organic') THEN NULL
      ELSE NULLIF(TRIM(r.campaign), '')
    END AS campaign,
    NULLIF(TRIM(r.influencer_id), '') AS influencer_id,
    NULLIF(TRIM(r.brand), '') AS brand,
    TRIM(r.product) AS product,
    CAST(r.orders AS BIGINT) AS orders,
    CAST(r.revenue AS DECIMAL(18, 2)) AS revenue
  FROM raw_tracking_events AS r
  WHERE r.date IS NOT NULL
    AND NULLIF(TRIM(r.product), '') IS NOT NULL
    AND r.orders IS NOT NULL AND r.orders >= 0
    AND r.revenue IS NOT NULL AND r.revenue >= 0
) AS e
GROUP BY e.date, e.source, e.campaign, e.influencer_id, e.brand, e.product
ORDER BY e.date, e.source, e.campaign, e.influencer_id, e.brand, e.product
