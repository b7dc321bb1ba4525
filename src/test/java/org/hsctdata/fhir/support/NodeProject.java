package org.hsctdata.fhir.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Node project of the repository that a test runs (a client, the browser test), with its npm packages installed
 * from its committed lock file.
 *
 * @param directory the folder of its {@code package.json} and {@code package-lock.json}
 */
public record NodeProject(Path directory) {

	static final Duration NPM_TIMEOUT = Duration.ofMinutes(5);

	/** The Node project in this folder of the repository (relative to the project root, the tests' working directory). */
	public static NodeProject at(String folder) {
		return new NodeProject(Path.of("").toAbsolutePath().resolve(folder));
	}

	/** Runs {@code npm ci} when {@code node_modules} is missing or older than the lock file. */
	public void installIfNeeded(Path scratch) throws IOException, InterruptedException {
		Path lock = directory.resolve("package-lock.json");
		Path installed = directory.resolve("node_modules/.package-lock.json");
		if (Files.exists(installed)
				&& Files.getLastModifiedTime(installed).compareTo(Files.getLastModifiedTime(lock)) >= 0) {
			return;
		}
		Commands.run(directory, scratch, "npm ci", NPM_TIMEOUT, "npm", "ci", "--no-audit", "--no-fund");
	}

	/** Runs {@code node <script> <arguments...>} in the project's folder. */
	public Commands.Output node(Path scratch, Duration timeout, String script, String... arguments)
			throws IOException, InterruptedException {
		return node(scratch, timeout, List.of(), script, arguments);
	}

	/** Runs {@code node <options...> <script> <arguments...>} in the project's folder. */
	public Commands.Output node(
			Path scratch, Duration timeout, List<String> options, String script, String... arguments)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add("node");
		command.addAll(options);
		command.add(script);
		command.addAll(List.of(arguments));
		return Commands.run(directory, scratch, "node " + script, timeout, command.toArray(String[]::new));
	}

	/** The major version of the Node.js on the PATH. */
	public int nodeMajorVersion(Path scratch) throws IOException, InterruptedException {
		String version = Commands.run(directory, scratch, "node --version", Duration.ofSeconds(30), "node", "--version")
				.stdout()
				.trim();
		return Integer.parseInt(version.replaceFirst("^v(\\d+)\\..*", "$1"));
	}
}
