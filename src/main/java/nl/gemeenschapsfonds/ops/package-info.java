/**
 * Operations: what an operator of several nodes needs and no feature owns. Business metrics for Prometheus
 * ({@link nl.gemeenschapsfonds.ops.BusinessMetrics}), counted from the modules' events and read through their public
 * services, never from their tables; and the correlation id and user id in every log line of a request
 * ({@link nl.gemeenschapsfonds.ops.RequestCorrelation}), for the structured (JSON) logs. See docs/operations.md. For the
 * cluster test only: {@code ScheduledJobsSignal} runs named cron jobs at an instant a file names (off unless
 * {@code app.ops.jobs-signal-file} is set).
 */
package nl.gemeenschapsfonds.ops;
