package io.newsdesk.bench;

/**
 * ingest's HTTP door under {@code clients} concurrent requests for {@code seconds}.
 *
 * @param accepted        answers 202 (acknowledged writes); only these count towards the rate and latency
 * @param failed          any other answer or a transport error
 * @param firstFailure    the first failure seen, for the report; null when none
 */
public record HttpResult(int clients, double seconds, long accepted, long failed, String firstFailure,
                         double requestsPerSec, LatencySummary latency, double cpuSecondsPer1000) {
}
