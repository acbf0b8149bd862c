/**
 * Operations: what an operator of several nodes needs and no feature owns. Business metrics for Prometheus
 * ({@link nl.gemeenschapsfonds.ops.BusinessMetrics}), counted from the modules' events and read through their public
 * services, never from their tables; and the correlation id and user id in every log line of a request
 * ({@link nl.gemeenschapsfonds.ops.RequestCorrelation}), for the structured (JSON) logs. See docs/operations.md.
 */
package nl.gemeenschapsfonds.ops;
