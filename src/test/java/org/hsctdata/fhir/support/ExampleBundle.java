package org.hsctdata.fhir.support;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * The shipped example, {@code examples/ball-hsct-transaction-bundle.json}, read in place from the project root
 * (the working directory of Surefire and Failsafe), never copied.
 */
public final class ExampleBundle {

	public static final Path PATH = Path.of("examples", "ball-hsct-transaction-bundle.json");

	/** The system of the identifier every example resource carries; values are {@code ball-hsct-case-<slug>}. */
	public static final String IDENTIFIER_SYSTEM = "https://fhir.hsctdata.org/ig/ball-hsct/example-id";

	private ExampleBundle() {}

	/** Every example bundle in {@code examples/}: the published case and the synthetic patients, by file name. */
	public static List<Path> files() {
		try (Stream<Path> files = Files.list(PATH.toAbsolutePath().getParent())) {
			return files.filter(file -> file.getFileName().toString().endsWith(".json"))
					.sorted()
					.toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The JSON text of the bundle. */
	public static String json() {
		try {
			return Files.readString(PATH.toAbsolutePath());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A freshly parsed copy of the bundle. */
	public static Bundle read() {
		return FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, json());
	}

	public static List<Resource> resources() {
		return read().getEntry().stream()
				.map(Bundle.BundleEntryComponent::getResource)
				.toList();
	}

	/** The resource whose example identifier is {@code ball-hsct-case-<slug>}. */
	@SuppressWarnings("unchecked")
	public static <T extends Resource> T resource(String slug) {
		return (T) resources().stream()
				.filter(resource -> slug(resource).equals(slug))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no example resource " + slug));
	}

	/** The slug of a resource's example identifier ({@code hsct-1} for {@code ball-hsct-case-hsct-1}). */
	public static String slug(Resource resource) {
		Property identifier = resource.getNamedProperty("identifier");
		return identifier.getValues().stream()
				.map(Identifier.class::cast)
				.filter(id -> IDENTIFIER_SYSTEM.equals(id.getSystem()))
				.map(id -> id.getValue().substring("ball-hsct-case-".length()))
				.findFirst()
				.orElseThrow();
	}
}
