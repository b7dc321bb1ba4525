package org.hsctdata.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Organization;
import org.hsctdata.fhir.support.OwnServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests that every write the server acknowledged (201) survives the end of the server process, whether it is stopped
 * (SIGTERM, as a service manager stops it) or killed ({@code kill -9}): the packaged jar runs as a child process on an
 * H2 file with the URL settings of application.yaml, clients write, and at a random moment the server is stopped or
 * killed, started again on the same file, and must open it and serve every acknowledged resource. The first end is a
 * stop, then come {@code -Dcrash.cycles} kills (default 2: a file killed while it was being written reopens whole, and
 * so does a file that was itself reopened after a kill; more kills only draw more random moments, which
 * {@code scripts/crash-test.sh} does, 20 by default). Seed: {@code -Dcrash.seed}; H2 URL settings:
 * {@code -Dcrash.h2.settings} (default as in application.yaml).
 *
 * <p>The servers start lean: without the validator warm-up, with the C1 compiler only and a small heap; and the
 * clients create Organizations, a type our profiles do not cover, so that no write waits for the validators to load
 * (what is tested is the database file, which keeps every type alike). It tests H2's writes to its file (on
 * PostgreSQL a killed server holds no data), so it runs in the H2 pass only.
 */
@OwnServers
class CrashRecoveryIT {

	static final int CYCLES = Integer.getInteger("crash.cycles", 2);
	static final String H2_SETTINGS = System.getProperty("crash.h2.settings", "DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
	static final int WRITER_THREADS = 2;
	static final int MAX_WRITES_PER_CYCLE = 5_000;
	/** Generous: on a loaded machine a start has taken more than three minutes. */
	static final Duration START_TIMEOUT = Duration.ofMinutes(6);

	static final Duration FIRST_ACK_TIMEOUT = Duration.ofSeconds(90);
	static final int MAX_END_DELAY_MILLIS = 4_000;
	/** The child servers' output, kept for a human after the run. */
	static final Path LOG_DIR = Paths.get("target", "crash-recovery-logs");

	static final Pattern LOCATION_ID = Pattern.compile("/Organization/([^/]+)/_history/");

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(2))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	final ExecutorService writers = Executors.newFixedThreadPool(WRITER_THREADS);

	Path jar;
	Process server;
	Path serverLog;
	int port;

	@AfterEach
	void killEverything() throws InterruptedException {
		writers.shutdownNow();
		if (server != null) {
			server.destroyForcibly();
			server.waitFor(30, TimeUnit.SECONDS);
		}
		writers.awaitTermination(30, TimeUnit.SECONDS);
	}

	@Test
	void everyAcknowledgedCreateSurvivesAStopAndEachKillMinus9() throws Exception {
		long seed = Long.getLong("crash.seed", System.nanoTime());
		Random random = new Random(seed);
		System.out.printf("CrashRecoveryIT: seed=%d cycles=%d h2=%s%n", seed, CYCLES, H2_SETTINGS);
		Path db = dir.resolve("hsct");
		Files.createDirectories(LOG_DIR);
		// a copy: a build running meanwhile may replace target/*.jar under the running server
		jar = Files.copy(packagedJar(), dir.resolve("server.jar"));
		List<String> acknowledged = new ArrayList<>();

		start(db, 0);
		// cycle 0 ends with a stop, every later cycle with a kill -9
		for (int cycle = 0; cycle <= CYCLES; cycle++) {
			long cycleStart = System.nanoTime();
			Queue<String> acked = new ConcurrentLinkedQueue<>();
			Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
			AtomicBoolean stop = new AtomicBoolean();
			AtomicInteger attempts = new AtomicInteger();
			Process target = server;
			List<Future<?>> running = new ArrayList<>();
			for (int t = 0; t < WRITER_THREADS; t++) {
				int writer = t;
				int c = cycle;
				running.add(writers.submit(() -> ingest(target, c, writer, acked, failures, attempts, stop)));
			}

			// a random moment once the server is acknowledging writes
			long ackDeadline = System.nanoTime() + FIRST_ACK_TIMEOUT.toNanos();
			while (acked.isEmpty() && System.nanoTime() < ackDeadline && server.isAlive()) {
				Thread.sleep(20);
			}
			if (acked.isEmpty()) {
				fail(
						"no write acknowledged in cycle %d (seed %d); failed requests %s; log:%n%s",
						cycle, seed, failures, logTail());
			}
			int endDelay = random.nextInt(MAX_END_DELAY_MILLIS);
			Thread.sleep(endDelay);

			String end = cycle == 0 ? "stopped" : "killed";
			int exit = cycle == 0 ? stop() : kill();
			stop.set(true);
			for (Future<?> writer : running) {
				// every request in flight failed with the end; collect the acknowledgements already received
				writer.get(30, TimeUnit.SECONDS);
			}
			int ackedThisCycle = acked.size();
			acknowledged.addAll(acked);

			long restartStart = System.nanoTime();
			start(db, cycle + 1);
			long startedIn = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - restartStart);
			List<String> lost = missing(acknowledged);
			System.out.printf(
					"CrashRecoveryIT: cycle %d: %s %d ms after the first ack (exit %d), %d attempts, %d acknowledged"
							+ " (%d in total), failed requests %s, restart %d s, lost %d, cycle %d s%n",
					cycle,
					end,
					endDelay,
					exit,
					attempts.get(),
					ackedThisCycle,
					acknowledged.size(),
					failures,
					startedIn,
					lost.size(),
					TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - cycleStart));
			assertThat(lost)
					.as("acknowledged creates missing after the server was %s in cycle %d (seed %d)", end, cycle, seed)
					.isEmpty();
			assertThat(corruptionReported()).as("H2 corruption in the log").isFalse();
		}

		// the reopened database still takes writes (sequences were not reset behind committed rows)
		assertThat(post(0, 0, 0).statusCode()).isEqualTo(201);
	}

	/** Posts organizations until told to stop or the server dies; remembers the id of every create answered 201. */
	void ingest(
			Process target,
			int cycle,
			int writer,
			Queue<String> acked,
			Map<String, AtomicInteger> failures,
			AtomicInteger attempts,
			AtomicBoolean stop) {
		for (int i = 0;
				i < MAX_WRITES_PER_CYCLE
						&& !stop.get()
						&& !Thread.currentThread().isInterrupted();
				i++) {
			attempts.incrementAndGet();
			try {
				HttpResponse<String> response = post(cycle, writer, i);
				if (response.statusCode() == 201) {
					String location = response.headers().firstValue("Location").orElseThrow();
					Matcher matcher = LOCATION_ID.matcher(location);
					if (!matcher.find()) {
						throw new IllegalStateException("unexpected Location " + location);
					}
					acked.add(matcher.group(1));
				} else {
					failures.computeIfAbsent("HTTP " + response.statusCode(), k -> new AtomicInteger())
							.incrementAndGet();
				}
			} catch (IOException e) {
				// the server ended under this request: not acknowledged
				failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
						.incrementAndGet();
				if (!target.isAlive()) {
					return;
				}
				try {
					// a stopping server refuses connections for a while before its process ends
					Thread.sleep(50);
				} catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			} catch (RuntimeException e) {
				failures.computeIfAbsent(e.toString(), k -> new AtomicInteger()).incrementAndGet();
			}
		}
	}

	HttpResponse<String> post(int cycle, int writer, int i) throws IOException, InterruptedException {
		Organization organization = new Organization().setName("Crash-" + cycle + "-" + writer + "-" + i);
		organization
				.addIdentifier()
				.setSystem("urn:test:crash")
				.setValue(UUID.randomUUID().toString());
		String body = FhirContext.forR4Cached().newJsonParser().encodeResourceToString(organization);
		return http.send(
				HttpRequest.newBuilder(URI.create(base() + "/Organization"))
						.timeout(Duration.ofSeconds(60))
						.header("Content-Type", "application/fhir+json")
						.header("Accept", "application/fhir+json")
						.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
						.build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** The acknowledged ids that the server does not answer with 200. */
	List<String> missing(List<String> ids) throws IOException, InterruptedException {
		List<String> missing = new ArrayList<>();
		for (String id : ids) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(base() + "/Organization/" + id))
							.timeout(Duration.ofSeconds(30))
							.header("Accept", "application/fhir+json")
							.build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				missing.add(id + " (" + response.statusCode() + ")");
			}
		}
		return missing;
	}

	/** Starts the packaged jar on the given H2 file and waits until it answers {@code GET /fhir/metadata}. */
	void start(Path db, int run) throws Exception {
		port = freePort();
		serverLog = LOG_DIR.resolve("server-" + run + ".log");
		server = new ProcessBuilder(
						Paths.get(System.getProperty("java.home"), "bin", "java")
								.toString(),
						"-Xmx512m",
						"-XX:TieredStopAtLevel=1",
						"-XX:+UseSerialGC",
						"-jar",
						jar.toString(),
						"--server.port=" + port,
						"--server.address=127.0.0.1",
						"--spring.datasource.url=jdbc:h2:file:" + db + ";" + H2_SETTINGS,
						"--hsct.validation.warm-up=false")
				.redirectErrorStream(true)
				.redirectOutput(serverLog.toFile())
				.start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				fail("server exited with %d while starting; log:%n%s", server.exitValue(), logTail());
			}
			try {
				HttpResponse<Void> response = http.send(
						HttpRequest.newBuilder(URI.create(base() + "/metadata"))
								.timeout(Duration.ofSeconds(10))
								.build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			} catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		fail("server did not answer /fhir/metadata within %s; log:%n%s", START_TIMEOUT, logTail());
	}

	/** A stop: on Linux {@link Process#destroy()} sends SIGTERM, and the JVM shuts down in order. */
	int stop() throws InterruptedException {
		server.destroy();
		assertThat(server.waitFor(2, TimeUnit.MINUTES))
				.as("server stopped after SIGTERM")
				.isTrue();
		int exit = server.exitValue();
		if (System.getProperty("os.name").toLowerCase().contains("linux")) {
			assertThat(exit)
					.as("exit value of a JVM stopped by SIGTERM (128 + 15)")
					.isEqualTo(143);
		}
		return exit;
	}

	/** {@code kill -9}: on Linux {@link Process#destroyForcibly()} sends SIGKILL; the exit value proves it. */
	int kill() throws InterruptedException {
		server.destroyForcibly();
		assertThat(server.waitFor(30, TimeUnit.SECONDS))
				.as("server gone after SIGKILL")
				.isTrue();
		int exit = server.exitValue();
		if (System.getProperty("os.name").toLowerCase().contains("linux")) {
			assertThat(exit)
					.as("exit value of a process killed by SIGKILL (128 + 9)")
					.isEqualTo(137);
		}
		return exit;
	}

	boolean corruptionReported() throws IOException {
		String log = Files.readString(serverLog, StandardCharsets.UTF_8);
		return log.contains("MVStoreException") || log.contains("File corrupted");
	}

	String logTail() {
		try {
			List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		} catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	String base() {
		return "http://127.0.0.1:" + port + "/fhir";
	}

	static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter(p -> p.getFileName().toString().endsWith(".jar"))
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("no packaged jar under target/: run mvn package"))
					.toAbsolutePath();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
