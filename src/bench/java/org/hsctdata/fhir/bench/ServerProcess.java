package org.hsctdata.fhir.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server under test as a separate process ({@code java -Xmx… -jar …}), listening on a free loopback port, with its
 * output in a log file. Measures its start-up as a client sees it and reads its memory and CPU time from the
 * operating system.
 */
final class ServerProcess implements AutoCloseable {

	private static final Duration POLL = Duration.ofMillis(100);

	private final Process process;

	private final long launched;

	private final int port;

	private final Path log;

	final Http http;

	private ServerProcess(Process process, long launched, int port, Path log, Duration requestTimeout) {
		this.process = process;
		this.launched = launched;
		this.port = port;
		this.log = log;
		this.http = new Http(port, requestTimeout);
	}

	/**
	 * Starts {@code java <jvmArgs> -jar <jar> <appArgs>} on a free port of 127.0.0.1; the clock for
	 * {@link #awaitMetadata} starts just before the process is created.
	 */
	static ServerProcess start(Path jar, List<String> jvmArgs, List<String> appArgs, Path log, Duration requestTimeout)
			throws IOException {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmArgs);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		command.add("--server.address=127.0.0.1");
		command.addAll(appArgs);
		Files.createDirectories(log.getParent());
		Files.writeString(log, String.join(" ", command) + System.lineSeparator(), StandardCharsets.UTF_8);
		long launched = System.nanoTime();
		Process process = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		return new ServerProcess(process, launched, port, log, requestTimeout);
	}

	/** Waits for the first {@code GET /fhir/metadata} answered 200; returns the time since launch. */
	Duration awaitMetadata(Duration timeout) throws IOException, InterruptedException {
		return awaitOk("/fhir/metadata", timeout);
	}

	/**
	 * Waits until the readiness probe says the server takes traffic (our server warms its validators up before); returns
	 * the time since launch.
	 */
	Duration awaitReady(Duration timeout) throws IOException, InterruptedException {
		return awaitOk("/actuator/health/readiness", timeout);
	}

	private Duration awaitOk(String path, Duration timeout) throws IOException, InterruptedException {
		long deadline = launched + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"the server exited with " + process.exitValue() + " while starting; see " + log);
			}
			try {
				if (http.getRaw(path).status() == 200) {
					return Duration.ofNanos(System.nanoTime() - launched);
				}
			} catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(POLL.toMillis());
		}
		throw new IllegalStateException("no 200 from " + path + " within " + timeout + "; see " + log);
	}

	/** Resident memory now (VmRSS), in MiB. */
	double rssMiB() throws IOException {
		return status("VmRSS:");
	}

	/** The largest resident memory so far (VmHWM, the high-water mark), in MiB. */
	double peakRssMiB() throws IOException {
		return status("VmHWM:");
	}

	/** CPU time the server process has used so far (user and system, all threads). */
	Duration cpu() {
		return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
	}

	/**
	 * Clock ticks of CPU the server has used so far: its JIT compiler threads' and the whole process's (Linux
	 * {@code /proc}). Over a phase, their ratio is the share of the server's CPU spent compiling. A compiler thread
	 * that ends within the phase is not counted (the JVM adds and ends threads beyond one C1 and one C2 as the queue
	 * grows and shrinks), so on machines with more cores than these 2 the share is a lower bound.
	 */
	CpuTicks cpuTicks() throws IOException {
		Path process = Path.of("/proc", Long.toString(this.process.pid()));
		long compilers = 0;
		try (DirectoryStream<Path> threads = Files.newDirectoryStream(process.resolve("task"))) {
			for (Path thread : threads) {
				try {
					String name = Files.readString(thread.resolve("comm")).strip(); // cut to 15 characters
					if (name.equals("C1 CompilerThre") || name.equals("C2 CompilerThre")) {
						compilers += ticks(Files.readString(thread.resolve("stat")));
					}
				} catch (NoSuchFileException ended) {
					// a thread that ended while we looked
				}
			}
		}
		return new CpuTicks(compilers, ticks(Files.readString(process.resolve("stat"))));
	}

	/** CPU clock ticks of the JIT compiler threads and of the whole process. */
	record CpuTicks(long compilers, long process) {

		/** The compilers' share of the process's CPU since {@code earlier}, in per cent. */
		double compilerPercentSince(CpuTicks earlier) {
			long used = process - earlier.process;
			return used == 0 ? Double.NaN : 100.0 * (compilers - earlier.compilers) / used;
		}
	}

	/** User plus system time of a {@code stat} line: fields 14 and 15, counted after the name, which may hold spaces. */
	private static long ticks(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
	}

	long pid() {
		return process.pid();
	}

	int port() {
		return port;
	}

	private double status(String field) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
			if (line.startsWith(field)) {
				return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]) / 1024.0;
			}
		}
		throw new IOException(field + " not found for process " + process.pid() + " (Linux /proc needed)");
	}

	/** Stops the server like an operator would (SIGTERM), and kills it if it has not exited within a minute. */
	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}
}
