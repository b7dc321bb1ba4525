package org.hsctdata.fhir.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Synthea test data under {@code src/test/resources/synthea/} (how it was made: the README there): three small
 * patients, each one transaction bundle, and the hospitals and practitioners they refer to, two batch bundles that
 * must be posted first.
 */
public final class SyntheaBundles {

	public static final Path DIR = Path.of("src", "test", "resources", "synthea");

	private SyntheaBundles() {}

	/** The hospitals, then the practitioners (whose roles refer to the hospitals). */
	public static List<Path> referenceBundles() {
		return files().stream().filter(SyntheaBundles::isReference).toList();
	}

	/** One transaction bundle per patient. */
	public static List<Path> patientBundles() {
		return files().stream().filter(file -> !isReference(file)).toList();
	}

	public static String json(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isReference(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith("hospitalInformation") || name.startsWith("practitionerInformation");
	}

	private static List<Path> files() {
		try (Stream<Path> files = Files.list(DIR)) {
			return files.filter(file -> file.toString().endsWith(".json"))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
