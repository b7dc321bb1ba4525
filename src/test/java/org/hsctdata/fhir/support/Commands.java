package org.hsctdata.fhir.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs the external programs some integration tests need (Node scripts, npm, a set-up script) and checks them. */
public final class Commands {

	private Commands() {}

	/**
	 * What a command printed.
	 *
	 * @param stdout its standard output
	 * @param stderr its standard error
	 */
	public record Output(String stdout, String stderr) {

		private static final ObjectMapper JSON = new ObjectMapper();

		/** The standard output as one JSON object; fails the test with everything printed when it is not one. */
		public JsonNode json() {
			try {
				JsonNode node = JSON.readTree(stdout);
				assertThat(node != null && node.isObject())
						.as("a JSON object on stdout; %s", this)
						.isTrue();
				return node;
			} catch (IOException notJson) {
				throw new AssertionError("stdout is not JSON: " + notJson.getMessage() + "\n" + this, notJson);
			}
		}

		@Override
		public String toString() {
			return "stdout:\n" + stdout + "\nstderr:\n" + stderr;
		}
	}

	/**
	 * Runs a command in a directory, its output captured in files under {@code scratch}; fails the test on a timeout
	 * or a non-zero exit code, with everything the command printed.
	 */
	public static Output run(Path directory, Path scratch, String name, Duration timeout, String... command)
			throws IOException, InterruptedException {
		Path stdout = Files.createTempFile(scratch, "stdout", ".txt");
		Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
		Process process = new ProcessBuilder(command)
				.directory(directory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.start();
		process.getOutputStream().close();
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			fail("%s did not finish within %s\nstdout:\n%s\nstderr:\n%s", name, timeout, read(stdout), read(stderr));
		}
		Output output = new Output(read(stdout), read(stderr));
		assertThat(process.exitValue())
				.as("exit code of %s\nstdout:\n%s\nstderr:\n%s", name, output.stdout(), output.stderr())
				.isZero();
		return output;
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}
}
