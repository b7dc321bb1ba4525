package org.hsctdata.fhir.tester;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.SearchParameter;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hsctdata.fhir.conformance.Canonicals;
import org.hsctdata.fhir.conformance.ImplementationGuide;

/**
 * What the tester reads from our package, as a tester who downloaded it would: the CapabilityStatement of kind
 * {@code requirements} for a conforming server, the package's SearchParameters, and the example bundles in its
 * {@code example/} folder.
 */
final class ConformanceKit {

	private final FhirContext fhirContext;

	private final ImplementationGuide guide;

	private final NpmPackage npm;

	private List<IBaseResource> conformanceResources;

	ConformanceKit(FhirContext fhirContext, ImplementationGuide guide) {
		this.fhirContext = fhirContext;
		this.guide = guide;
		this.npm = guide.npmPackage();
	}

	static ConformanceKit fromClasspath(FhirContext fhirContext) {
		return new ConformanceKit(fhirContext, ImplementationGuide.fromClasspath());
	}

	String id() {
		return guide.id();
	}

	/** The guide's requirements for a conforming server ({@link Canonicals#SERVER_REQUIREMENTS}). */
	CapabilityStatement serverRequirements() {
		return guide.capabilityStatement(fhirContext, Canonicals.SERVER_REQUIREMENTS);
	}

	/** The package's conformance resources (StructureDefinitions, ValueSets, CodeSystems, SearchParameters ...). */
	List<IBaseResource> conformanceResources() {
		if (conformanceResources == null) {
			conformanceResources = guide.resources(fhirContext); // parsed once: hundreds of files
		}
		return conformanceResources;
	}

	/** The package's SearchParameters, by canonical URL. */
	Map<String, SearchParameter> searchParameters() {
		Map<String, SearchParameter> parameters = new LinkedHashMap<>();
		resources("package", Set.of("SearchParameter")).values().stream()
				.map(SearchParameter.class::cast)
				.forEach(parameter -> parameters.put(parameter.getUrl(), parameter));
		return parameters;
	}

	/** The example bundles of the package's {@code example/} folder, by file name. */
	Map<String, Bundle> examples() {
		Map<String, Bundle> examples = new LinkedHashMap<>();
		resources("example", Set.of("Bundle")).forEach((file, bundle) -> examples.put(file, (Bundle) bundle));
		if (examples.isEmpty()) {
			throw new IllegalStateException(id() + " has no example bundle in its example/ folder");
		}
		return examples;
	}

	/** The bytes of a file of the package, in a folder relative to {@code package/}. */
	Optional<byte[]> file(String folder, String name) {
		try {
			if (!npm.hasFile(folder, name)) {
				return Optional.empty();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + folder + "/ of " + id() + ": " + e.getMessage(), e);
		}
		try (InputStream in = npm.load(folder, name)) {
			return Optional.of(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(
					"cannot read " + folder + "/" + name + " of " + id() + ": " + e.getMessage(), e);
		}
	}

	/**
	 * The resources of these types in a folder of the package: in {@code package/} those its index lists; elsewhere
	 * every JSON file that is one.
	 */
	private Map<String, IBaseResource> resources(String folder, Set<String> types) {
		Map<String, IBaseResource> resources = new LinkedHashMap<>();
		if (!npm.getFolders().containsKey(folder)) {
			return resources;
		}
		try {
			List<String> files = new ArrayList<>(
					folder.equals("package")
							? npm.listResources(types)
							: npm.getFolders().get(folder).listFiles());
			files.sort(null);
			for (String file : files) {
				if (!file.endsWith(".json") || file.startsWith(".") || file.equals("package.json")) {
					continue;
				}
				try (InputStream json = npm.load(folder, file)) {
					IBaseResource resource = fhirContext.newJsonParser().parseResource(json);
					if (types.contains(resource.fhirType())) {
						resources.put(file, resource);
					}
				} catch (DataFormatException notAResource) {
					// a file of the folder that is not a FHIR resource (a test-case manifest ...)
				}
			}
			return resources;
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + folder + "/ of " + id() + ": " + e.getMessage(), e);
		}
	}
}
