package org.hsctdata.fhir.conformance;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hsctdata.fhir.rest.IssueCode;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The example bundles that ship in the jar: the build copies them from {@code examples/}, their only source, to
 * {@link #LOCATION} on the classpath, where Spring Boot serves them under {@code /examples/}.
 */
public final class ExampleResources {

	/** Where the build puts the example bundles on the classpath. */
	public static final String LOCATION = "static/examples/";

	private ExampleResources() {}

	/** The resources of every entry of every example bundle, parsed. */
	public static List<IBaseResource> entryResources(FhirContext fhirContext) {
		List<IBaseResource> resources = new ArrayList<>();
		try {
			for (Resource file :
					new PathMatchingResourcePatternResolver().getResources("classpath*:" + LOCATION + "*.json")) {
				try (InputStream in = file.getInputStream()) {
					if (fhirContext.newJsonParser().parseResource(in) instanceof Bundle bundle) {
						bundle.getEntry().stream()
								.filter(Bundle.BundleEntryComponent::hasResource)
								.forEach(entry -> resources.add(entry.getResource()));
					}
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(
					IssueCode.EXAMPLES_UNREADABLE.message("cannot read the example bundles: " + e.getMessage()), e);
		}
		return resources;
	}
}
