package org.hsctdata.fhir.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests for {@link Latencies}: percentiles, and calls to several servers alternating fairly. */
class LatenciesTests {

	@Test
	void percentilesAreNearestRank() {
		double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

		assertThat(Latencies.percentile(sorted, 50)).isEqualTo(5);
		assertThat(Latencies.percentile(sorted, 95)).isEqualTo(10);
		assertThat(Latencies.percentile(new double[0], 50)).isNaN();
	}

	@Test
	void callsMeasuredTogetherTakeTurnsInGoingFirst() throws Exception {
		List<String> sent = new ArrayList<>();
		Latencies.Call ours = i -> answer(sent, "ours", 200, 2);
		Latencies.Call plain = i -> answer(sent, "plain", 404, 1);

		List<Latencies.Result> results = Latencies.measure(List.of(ours, plain), 4, Duration.ofMinutes(1));

		List<String> timed = sent.subList(2 * Latencies.WARM_UP_CALLS, sent.size());
		assertThat(timed).containsExactly("ours", "plain", "plain", "ours", "ours", "plain", "plain", "ours");
		assertThat(results.get(0).calls()).isEqualTo(4);
		assertThat(results.get(0).failures()).isZero();
		assertThat(results.get(0).p50()).isEqualTo(2.0);
		assertThat(results.get(1).failures()).isEqualTo(4);
		assertThat(results.get(1).statuses()).containsEntry(404, 4);
		assertThat(results.get(1).p95()).isEqualTo(1.0);
	}

	private static Http.Answer answer(List<String> sent, String server, int status, long millis) {
		sent.add(server);
		return new Http.Answer(status, "", millis * 1_000_000);
	}
}
