package org.hsctdata.fhir.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hsctdata.fhir.conformance.ExampleResources;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example bundles the jar serves at {@code /examples/} (the build copies them from {@code examples/}, their only
 * source), read as JSON so that each entry can be served and searched as written.
 *
 * @param bundles the example bundles, by file name
 */
record ExampleCases(List<ExampleCase> bundles) {

	/** Where the build puts the examples on the classpath; Spring Boot serves {@code static/} at the root. */
	static final String LOCATION = ExampleResources.LOCATION;

	/** The URL path the examples are served under. */
	static final String PATH = "/examples/";

	/**
	 * One example bundle.
	 *
	 * @param name    the file name without {@code .json}
	 * @param entries its entries, in order
	 */
	record ExampleCase(String name, List<JsonNode> entries) {

		/** The URL of the bundle file itself. */
		String href() {
			return PATH + name + ".json";
		}

		/** The URL that serves the resource of entry {@code index} alone. */
		String entryHref(int index) {
			return PATH + name + "/entry/" + index;
		}
	}

	/** Reads every bundle under {@code classpath:static/examples/}; other JSON files there are left out. */
	static ExampleCases fromClasspath(ObjectMapper json) {
		try {
			Resource[] files =
					new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.json");
			List<ExampleCase> bundles = new ArrayList<>();
			for (Resource file : files) {
				JsonNode bundle;
				try (InputStream in = file.getInputStream()) {
					bundle = json.readTree(in);
				}
				if (!"Bundle".equals(bundle.path("resourceType").asText())) {
					continue;
				}
				List<JsonNode> entries = new ArrayList<>();
				bundle.path("entry").forEach(entries::add);
				String name = file.getFilename().substring(0, file.getFilename().length() - ".json".length());
				bundles.add(new ExampleCase(name, List.copyOf(entries)));
			}
			bundles.sort(Comparator.comparing(ExampleCase::name));
			return new ExampleCases(List.copyOf(bundles));
		} catch (IOException e) {
			throw new UncheckedIOException(
					IssueCode.EXAMPLES_UNREADABLE.message("cannot read the example bundles: " + e.getMessage()), e);
		}
	}

	/** The resource of one entry, if the bundle and the entry exist. */
	Optional<JsonNode> entryResource(String bundleName, int index) {
		return bundles.stream()
				.filter(bundle -> bundle.name().equals(bundleName))
				.findFirst()
				.filter(bundle -> index >= 0 && index < bundle.entries().size())
				.map(bundle -> bundle.entries().get(index).path("resource"))
				.filter(JsonNode::isObject);
	}
}
