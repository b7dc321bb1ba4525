package org.hsctdata.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;
import org.junit.jupiter.api.Test;

/**
 * Tests for the pages' scripts: {@code static/js/canonicals.js} is the JavaScript copy of {@link Canonicals}, so a
 * renamed profile must fail here, in one place, and not in a browser.
 */
class CanonicalsScriptTests {

	static final Path SCRIPTS = Path.of("src", "main", "resources", "static", "js");

	/** {@code structureDefinition('id')} or its local alias {@code sd('id')}. */
	static final Pattern PROFILE_CALL = Pattern.compile("\\b(?:structureDefinition|sd)\\('([a-z0-9-]+)'\\)");

	static final Set<String> PACKAGE_URLS =
			new TreeSet<>(ImplementationGuide.fromClasspath().resources(FhirContext.forR4Cached()).stream()
					.map(resource -> ((MetadataResource) resource).getUrl())
					.toList());

	@Test
	void canonicalsScriptHasTheBaseAndLocalCodeSystemOfCanonicals() throws IOException {
		String script = Files.readString(SCRIPTS.resolve("canonicals.js"));

		assertThat(script)
				.contains("export const BASE = '" + Canonicals.BASE + "';")
				.contains("export const LOCAL_CODE_SYSTEM = `${BASE}/CodeSystem/hsct-local-cs`;");
		assertThat(Canonicals.LOCAL_CODE_SYSTEM).isEqualTo(Canonicals.BASE + "/CodeSystem/hsct-local-cs");
	}

	@Test
	void everyProfileTheScriptsNameIsInThePackage() throws IOException {
		Set<String> named = new TreeSet<>();
		try (Stream<Path> files = Files.list(SCRIPTS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
				Matcher calls = PROFILE_CALL.matcher(Files.readString(file));
				while (calls.find()) {
					named.add(Canonicals.structureDefinition(calls.group(1)));
				}
			}
		}

		assertThat(named).hasSizeGreaterThan(15);
		assertThat(PACKAGE_URLS).containsAll(named);
		assertThat(List.copyOf(named)).contains(Canonicals.structureDefinition("ball-patient"));
	}
}
