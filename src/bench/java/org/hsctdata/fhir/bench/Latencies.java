package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Latency of one kind of request, repeated: a few untimed warm-up calls, then at most n calls or a time limit. */
final class Latencies {

	/** A request to time; {@code i} numbers the calls so they can rotate over patients. */
	@FunctionalInterface
	interface Call {
		Http.Answer send(int i) throws IOException, InterruptedException;
	}

	/**
	 * The timings of one measure.
	 *
	 * @param calls    timed calls made
	 * @param failures timed calls not answered 2xx
	 * @param p50      median, ms
	 * @param p95      95th percentile, ms
	 * @param max      slowest, ms
	 * @param statuses how many calls got each HTTP status
	 */
	record Result(int calls, int failures, double p50, double p95, double max, Map<Integer, Integer> statuses) {}

	static final int WARM_UP_CALLS = 3;

	private Latencies() {}

	static Result measure(Call call, int iterations, Duration limit) throws IOException, InterruptedException {
		for (int i = 0; i < WARM_UP_CALLS; i++) {
			call.send(i);
		}
		List<Double> millis = new ArrayList<>();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int failures = 0;
		long deadline = System.nanoTime() + limit.toNanos();
		for (int i = 0; i < iterations && System.nanoTime() < deadline; i++) {
			Http.Answer answer = call.send(WARM_UP_CALLS + i);
			millis.add(answer.millis());
			statuses.merge(answer.status(), 1, Integer::sum);
			if (!answer.ok()) {
				failures++;
			}
		}
		double[] sorted =
				millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return new Result(
				sorted.length,
				failures,
				percentile(sorted, 50),
				percentile(sorted, 95),
				sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1],
				statuses);
	}

	/** The nearest-rank percentile of sorted values (NaN for none). */
	static double percentile(double[] sorted, int percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)];
	}
}
